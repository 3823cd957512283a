package org.lynxim.application.messaging.service;

import org.lynxim.application.messaging.port.in.PullMessagesUseCase;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Page;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.user.UserId;

/** Reads one page after the cursor, never below the reader's join seq. */
public final class PullMessagesService implements PullMessagesUseCase {
  private final ConversationMembership membership;
  private final MessageStore messages;

  public PullMessagesService(ConversationMembership membership, MessageStore messages) {
    this.membership = membership;
    this.messages = messages;
  }

  @Override
  public Page pull(UserId reader, ConversationId conversation, PullCursor cursor) {
    Participation participation = membership.require(reader, conversation);
    PullCursor visible = cursor.notBelow(participation.joinSeq());
    var readAhead = messages.readAfter(conversation, visible.cursorSeq(), cursor.limit() + 1);
    return Page.of(readAhead, cursor, cursor.limit());
  }
}
