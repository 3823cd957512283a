package org.lynxim.application.messaging.service;

import org.lynxim.application.messaging.port.in.CanReadConversationUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.UserId;

/** Asks the membership rule, as pulls do: a dissolved group's members may still read it. */
public final class CanReadConversationService implements CanReadConversationUseCase {
  private final ConversationMembership membership;

  public CanReadConversationService(ConversationMembership membership) {
    this.membership = membership;
  }

  @Override
  public boolean canRead(UserId user, ConversationId conversation) {
    return membership.isReader(user, conversation);
  }
}
