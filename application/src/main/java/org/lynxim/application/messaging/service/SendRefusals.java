package org.lynxim.application.messaging.service;

import java.util.List;
import java.util.Optional;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.user.UserId;

/**
 * The refusals a send meets once its sender is known to be a member: in a direct chat a block
 * between the two users, or a recipient that takes direct messages from friends only (groups are
 * not affected); and a reply to a message the sender cannot see. A send whose msg_id was stored
 * before the refusal answers as the duplicate it is: idempotency holds over every later refusal.
 * Not a use case: the send service asks it.
 */
public final class SendRefusals {
  private final Relations relations;
  private final MessageStore messages;
  private final VisibleMessages visible;

  public SendRefusals(
      Relations relations, MessageStore messages, ConversationSettingsStore settings) {
    this.relations = relations;
    this.messages = messages;
    this.visible = new VisibleMessages(messages, settings);
  }

  /**
   * Nothing when the send may go on; the stored message when it was sent before a refusal came.
   *
   * @throws ForbiddenException the refusal ({@code you_blocked}, {@code blocked_by_peer} or {@code
   *     not_friends})
   * @throws IllegalArgumentException a {@code reply_to} the sender cannot see in the conversation
   */
  Optional<SendResult> check(MessageDraft draft, Participation participation) {
    Optional<RuntimeException> refusal = blocked(draft).or(() -> badReply(draft, participation));
    if (refusal.isEmpty()) {
      return Optional.empty();
    }
    Message stored = messages.findStored(List.of(draft.key())).get(draft.key());
    if (stored != null) {
      return Optional.of(new SendResult(stored, true));
    }
    throw refusal.get();
  }

  private Optional<RuntimeException> blocked(MessageDraft draft) {
    if (!(draft.conversationId() instanceof DirectChatId direct)) {
      return Optional.empty();
    }
    UserId sender = draft.sender();
    return relations
        .standing(sender, direct.peerOf(sender))
        .directMessageRefusal()
        .map(RuntimeException.class::cast);
  }

  /** Only when the draft answers a message: one read of it. */
  private Optional<RuntimeException> badReply(MessageDraft draft, Participation participation) {
    if (draft.replyTo().isEmpty()) {
      return Optional.empty();
    }
    try {
      visible.require(draft.sender(), participation, draft.replyTo().get());
      return Optional.empty();
    } catch (NotFoundException unseen) {
      return Optional.of(
          new IllegalArgumentException(
              "reply_to must be a seq of this conversation that you can see"));
    }
  }
}
