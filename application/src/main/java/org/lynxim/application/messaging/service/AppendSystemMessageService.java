package org.lynxim.application.messaging.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.random.RandomGenerator;
import org.lynxim.application.delivery.port.in.PushMessageUseCase;
import org.lynxim.application.messaging.port.in.AppendCallLogUseCase;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.domain.RandomIds;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallLog;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.conversation.SystemEvent;
import org.lynxim.domain.user.UserId;

/**
 * Hands the system message to the conversation's writer with a fresh msg_id, then pushes it; a call
 * log the same way, under a msg_id its call names.
 */
public final class AppendSystemMessageService
    implements AppendSystemMessageUseCase, AppendCallLogUseCase {
  private static final int ID_BYTES = 16;

  private final SendPipeline pipeline;
  private final PushMessageUseCase push;
  private final RandomGenerator random;

  public AppendSystemMessageService(
      SendPipeline pipeline, PushMessageUseCase push, RandomGenerator random) {
    this.pipeline = pipeline;
    this.push = push;
    this.random = random;
  }

  @Override
  public Message append(
      UserId actor, ConversationId conversation, SystemEvent event, Collection<UserId> recipients) {
    return store(actor, conversation, event, Optional.empty(), recipients).orElseThrow();
  }

  @Override
  public Optional<Message> amend(
      UserId actor,
      ConversationId conversation,
      SystemEvent event,
      Amendment amendment,
      Collection<UserId> recipients) {
    return store(actor, conversation, event, Optional.of(amendment), recipients);
  }

  private Optional<Message> store(
      UserId actor,
      ConversationId conversation,
      SystemEvent event,
      Optional<Amendment> amendment,
      Collection<UserId> recipients) {
    MessageDraft draft =
        new MessageDraft(
            conversation,
            newMsgId(),
            actor,
            MsgType.SYSTEM,
            event.content(),
            Optional.empty(),
            Set.of(),
            amendment);
    SendResult result = submit(draft);
    // A fresh msg_id is never a duplicate: an answer that stored nothing is a moot amendment.
    if (result.duplicate()) {
      return Optional.empty();
    }
    push.push(result.message(), recipients, result.inboxSeqs(), Optional.empty());
    return Optional.of(result.message());
  }

  @Override
  public Message append(Call call, CallLog log) {
    MessageDraft draft =
        new MessageDraft(
            call.conversation(),
            MsgId.of("call_" + call.id().value()),
            call.caller().user(),
            MsgType.CALL_LOG,
            log.content());
    SendResult result = submit(draft);
    if (!result.duplicate()) {
      push.push(
          result.message(),
          List.of(call.caller().user(), call.callee()),
          result.inboxSeqs(),
          Optional.empty());
    }
    return result.message();
  }

  private SendResult submit(MessageDraft draft) {
    try {
      return pipeline.submit(draft).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Server-made ids start with {@code sys_}, so they read apart from clients' in a timeline. */
  private MsgId newMsgId() {
    return MsgId.of("sys_" + RandomIds.next(random, ID_BYTES));
  }
}
