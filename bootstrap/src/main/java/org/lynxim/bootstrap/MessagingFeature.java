package org.lynxim.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import org.lynxim.adapter.out.memory.InProcessTypingThrottle;
import org.lynxim.application.file.port.in.CheckFilesUseCase;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.in.AppendCallLogUseCase;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.application.messaging.port.in.ChangeConversationSettingsUseCase;
import org.lynxim.application.messaging.port.in.ClearConversationUseCase;
import org.lynxim.application.messaging.port.in.EditMessageUseCase;
import org.lynxim.application.messaging.port.in.ListConversationsUseCase;
import org.lynxim.application.messaging.port.in.ListGroupReadsUseCase;
import org.lynxim.application.messaging.port.in.PullMessagesUseCase;
import org.lynxim.application.messaging.port.in.ReadAllUseCase;
import org.lynxim.application.messaging.port.in.ReadMessageUseCase;
import org.lynxim.application.messaging.port.in.RecallMessageUseCase;
import org.lynxim.application.messaging.port.in.SendMessageUseCase;
import org.lynxim.application.messaging.port.in.SignalTypingUseCase;
import org.lynxim.application.messaging.port.in.SyncInboxUseCase;
import org.lynxim.application.messaging.port.in.UnreadSummaryUseCase;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.application.messaging.service.AckMessagesService;
import org.lynxim.application.messaging.service.AppendSystemMessageService;
import org.lynxim.application.messaging.service.ChangeConversationSettingsService;
import org.lynxim.application.messaging.service.ClearConversationService;
import org.lynxim.application.messaging.service.ContentReferences;
import org.lynxim.application.messaging.service.ConversationMembership;
import org.lynxim.application.messaging.service.ConversationWriter;
import org.lynxim.application.messaging.service.EditMessageService;
import org.lynxim.application.messaging.service.InboxFanOut;
import org.lynxim.application.messaging.service.ListConversationsService;
import org.lynxim.application.messaging.service.ListGroupReadsService;
import org.lynxim.application.messaging.service.PullMessagesService;
import org.lynxim.application.messaging.service.ReadAllService;
import org.lynxim.application.messaging.service.ReadMessageService;
import org.lynxim.application.messaging.service.ReadReceipts;
import org.lynxim.application.messaging.service.RecallMessageService;
import org.lynxim.application.messaging.service.RecoverInboxFillsService;
import org.lynxim.application.messaging.service.SendMessageService;
import org.lynxim.application.messaging.service.SendRefusals;
import org.lynxim.application.messaging.service.SignalTypingService;
import org.lynxim.application.messaging.service.StreamsSoFar;
import org.lynxim.application.messaging.service.SyncInboxService;
import org.lynxim.application.messaging.service.TrimInboxesService;
import org.lynxim.application.messaging.service.UnreadSummaryService;
import org.lynxim.application.push.port.out.PushQueue;

/**
 * Sending, pulling, acking, the conversation list and the inbox; subscribes the conversations' one
 * writer to the shape's pipeline and starts the inbox upkeep (which first fills what a crash cut
 * off).
 */
record MessagingFeature(
    SendMessageUseCase send,
    PullMessagesUseCase pull,
    AckMessagesUseCase ack,
    ListConversationsUseCase list,
    SyncInboxUseCase sync,
    SignalTypingUseCase typing,
    ListGroupReadsUseCase groupReads,
    ChangeConversationSettingsUseCase changeSettings,
    ClearConversationUseCase clear,
    ReadAllUseCase readAll,
    UnreadSummaryUseCase unread,
    AppendSystemMessageUseCase appendSystemMessage,
    AppendCallLogUseCase appendCallLog,
    RecallMessageUseCase recall,
    EditMessageUseCase edit,
    ReadMessageUseCase read,
    InboxUpkeep upkeep) {

  static MessagingFeature wire(
      LynxSettings settings,
      Shape shape,
      Stores stores,
      DeliveryFeature delivery,
      MessagingMetrics metrics,
      ConversationMembership membership,
      CheckFilesUseCase files,
      PushQueue pushes,
      Clock clock) {
    InboxFanOut fanOut =
        new InboxFanOut(stores.inboxes(), stores.groups(), settings.inboxMaxMembers());
    InboxUpkeep upkeep =
        new InboxUpkeep(
            new RecoverInboxFillsService(stores.inboxes(), stores.messages(), fanOut),
            new TrimInboxesService(
                stores.inboxes(), settings.inboxKeepTime(), settings.inboxKeepEntries(), clock),
            settings.inboxTrimEvery());
    shape
        .pipeline()
        .subscribe(
            new ConversationWriter(
                stores.messages(),
                shape.seqs(stores.messages()::lastSeq),
                stores.positions(),
                fanOut,
                pushes,
                metrics,
                clock));
    AppendSystemMessageService append =
        new AppendSystemMessageService(shape.pipeline(), delivery.push(), new SecureRandom());
    AckMessagesService ack =
        new AckMessagesService(
            membership,
            stores.messages(),
            stores.positions(),
            delivery.shareReadPosition(),
            new ReadReceipts(stores.settings(), stores.relations(), delivery.relaySignal()));
    StreamsSoFar streamsSoFar = new StreamsSoFar(shape.streamBuffers());
    ListConversationsService list =
        new ListConversationsService(
            stores.heads(),
            stores.groups(),
            stores.positions(),
            stores.settings(),
            stores.blocks(),
            stores.conversationSettings(),
            settings.inboxMaxMembers(),
            streamsSoFar);
    return new MessagingFeature(
        new SendMessageService(
            membership,
            new ContentReferences(stores.accounts(), files),
            new SendRefusals(stores.relations(), stores.messages(), stores.conversationSettings()),
            shape.rateLimiter(),
            shape.pipeline(),
            delivery.push(),
            metrics,
            clock),
        new PullMessagesService(
            membership, stores.messages(), stores.conversationSettings(), streamsSoFar),
        ack,
        list,
        new SyncInboxService(
            stores.inboxes(), stores.conversationSettings(), stores.messages(), streamsSoFar),
        new SignalTypingService(
            membership,
            stores.relations(),
            new InProcessTypingThrottle(),
            delivery.relaySignal(),
            settings.inboxMaxMembers()),
        new ListGroupReadsService(
            stores.groups(), stores.positions(), stores.settings(), settings.inboxMaxMembers()),
        new ChangeConversationSettingsService(
            membership, stores.conversationSettings(), delivery.notifyAccount(), clock),
        new ClearConversationService(
            membership,
            stores.messages(),
            stores.positions(),
            stores.conversationSettings(),
            delivery.notifyAccount(),
            clock),
        new ReadAllService(list, ack),
        new UnreadSummaryService(list),
        append,
        append,
        new RecallMessageService(
            membership,
            stores.groups(),
            stores.messages(),
            stores.conversationSettings(),
            append,
            clock,
            settings.recallWindow(),
            shape.streamBuffers()),
        new EditMessageService(
            membership,
            stores.messages(),
            stores.conversationSettings(),
            append,
            clock,
            settings.editWindow()),
        new ReadMessageService(
            membership, stores.messages(), stores.conversationSettings(), streamsSoFar),
        upkeep);
  }
}
