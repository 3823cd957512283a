package org.lynxim.application.messaging.service;

import java.util.List;
import java.util.Optional;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.user.UserId;

/**
 * The refusals a send meets once its sender is known to be a member, in a direct chat only (groups
 * are not affected): a block between the two users, or a recipient that takes direct messages from
 * friends only. A send whose msg_id was stored before the refusal answers as the duplicate it is:
 * idempotency holds over every later refusal. Not a use case: the send service asks it.
 */
public final class SendRefusals {
  private final Relations relations;
  private final MessageStore messages;

  public SendRefusals(Relations relations, MessageStore messages) {
    this.relations = relations;
    this.messages = messages;
  }

  /**
   * Nothing when the send may go on; the stored message when it was sent before a refusal came.
   *
   * @throws ForbiddenException the refusal ({@code you_blocked}, {@code blocked_by_peer} or {@code
   *     not_friends})
   */
  Optional<SendResult> check(MessageDraft draft) {
    if (!(draft.conversationId() instanceof DirectChatId direct)) {
      return Optional.empty();
    }
    UserId sender = draft.sender();
    UserId peer = direct.peerOf(sender);
    Optional<ForbiddenException> refusal = relations.standing(sender, peer).directMessageRefusal();
    if (refusal.isEmpty()) {
      return Optional.empty();
    }
    Message stored = messages.findStored(List.of(draft.key())).get(draft.key());
    if (stored != null) {
      return Optional.of(new SendResult(stored, true));
    }
    throw refusal.get();
  }
}
