package org.lynxim.application.messaging.service;

import java.util.Optional;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.file.port.in.CheckFilesUseCase;
import org.lynxim.domain.conversation.StructuredContent;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.user.UserId;

/**
 * What a message's content names must exist: a card's user, and files the sender uploaded (404
 * otherwise). Not a use case: the send service asks it, before membership, as the protocol orders
 * its errors.
 */
public final class ContentReferences {
  private final UserAccounts accounts;
  private final CheckFilesUseCase files;

  public ContentReferences(UserAccounts accounts, CheckFilesUseCase files) {
    this.accounts = accounts;
    this.files = files;
  }

  void require(UserId sender, Optional<StructuredContent> content) {
    if (content.isEmpty()) {
      return;
    }
    if (content.get() instanceof StructuredContent.Card card && !accounts.exists(card.user())) {
      throw new NotFoundException("no such user " + card.user().value() + " for the card");
    }
    files.requireOwn(sender, content.get().files());
  }
}
