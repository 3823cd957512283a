package org.lynxim.application.messaging.service;

import java.time.Clock;
import java.time.Instant;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.messaging.port.in.ChangeConversationSettingsUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.ConversationSettingsChange;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.UserId;

/** Checks the conversation, applies the change and tells the caller's devices. */
public final class ChangeConversationSettingsService implements ChangeConversationSettingsUseCase {
  private final ConversationMembership membership;
  private final ConversationSettingsStore store;
  private final NotifyAccountUseCase notify;
  private final Clock clock;

  public ChangeConversationSettingsService(
      ConversationMembership membership,
      ConversationSettingsStore store,
      NotifyAccountUseCase notify,
      Clock clock) {
    this.membership = membership;
    this.store = store;
    this.notify = notify;
    this.clock = clock;
  }

  @Override
  public ConversationSettings change(
      UserId user, ConversationId conversation, ConversationSettingsChange change) {
    membership.require(user, conversation);
    Instant now = Instant.ofEpochMilli(clock.millis());
    ConversationSettings saved =
        store.change(user, conversation, current -> current.apply(change, now));
    notify.notify(user, new AccountNotice.ConversationSettingsChanged(conversation, saved));
    return saved;
  }
}
