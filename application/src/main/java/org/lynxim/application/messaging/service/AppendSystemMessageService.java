package org.lynxim.application.messaging.service;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.random.RandomGenerator;
import org.lynxim.application.delivery.port.in.PushMessageUseCase;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.domain.RandomIds;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.conversation.SystemEvent;
import org.lynxim.domain.user.UserId;

/** Hands the system message to the conversation's writer with a fresh msg_id, then pushes it. */
public final class AppendSystemMessageService implements AppendSystemMessageUseCase {
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
    SendResult result;
    try {
      result = pipeline.submit(draft).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    // A fresh msg_id is never a duplicate: an answer that stored nothing is a moot amendment.
    if (result.duplicate()) {
      return Optional.empty();
    }
    push.push(result.message(), recipients, result.inboxSeqs(), Optional.empty());
    return Optional.of(result.message());
  }

  /** Server-made ids start with {@code sys_}, so they read apart from clients' in a timeline. */
  private MsgId newMsgId() {
    return MsgId.of("sys_" + RandomIds.next(random, ID_BYTES));
  }
}
