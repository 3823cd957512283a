package org.lynxim.application.messaging.service;

import java.util.Optional;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.domain.conversation.StructuredContent;
import org.lynxim.domain.error.NotFoundException;

/**
 * What a message's content names must exist: a card's user (404 otherwise). Not a use case: the
 * send service asks it, before membership, as the protocol orders its errors.
 */
public final class ContentReferences {
  private final UserAccounts accounts;

  public ContentReferences(UserAccounts accounts) {
    this.accounts = accounts;
  }

  void require(Optional<StructuredContent> content) {
    if (content.orElse(null) instanceof StructuredContent.Card card
        && !accounts.exists(card.user())) {
      throw new NotFoundException("no such user " + card.user().value() + " for the card");
    }
  }
}
