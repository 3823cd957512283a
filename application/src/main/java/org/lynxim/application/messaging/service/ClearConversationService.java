package org.lynxim.application.messaging.service;

import java.time.Clock;
import java.time.Instant;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.messaging.port.in.ClearConversationUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.UserId;

/**
 * Records the cleared seq, moves the read position up to it without telling anyone (a delete is not
 * a read), and tells the caller's devices.
 */
public final class ClearConversationService implements ClearConversationUseCase {
  private final ConversationMembership membership;
  private final MessageStore messages;
  private final ReadPositions positions;
  private final ConversationSettingsStore store;
  private final NotifyAccountUseCase notify;
  private final Clock clock;

  public ClearConversationService(
      ConversationMembership membership,
      MessageStore messages,
      ReadPositions positions,
      ConversationSettingsStore store,
      NotifyAccountUseCase notify,
      Clock clock) {
    this.membership = membership;
    this.messages = messages;
    this.positions = positions;
    this.store = store;
    this.notify = notify;
    this.clock = clock;
  }

  @Override
  public long clear(UserId user, ConversationId conversation) {
    Participation participation = membership.require(user, conversation);
    long last = Math.max(messages.lastSeq(conversation), participation.joinSeq());
    Instant now = Instant.ofEpochMilli(clock.millis());
    long cleared =
        store.change(user, conversation, current -> current.clearedUpTo(last, now)).clearedSeq();
    positions.advance(user, conversation, new ReadPosition(cleared));
    notify.notify(user, new AccountNotice.ConversationCleared(conversation, cleared));
    return cleared;
  }
}
