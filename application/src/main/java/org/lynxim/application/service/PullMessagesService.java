package org.lynxim.application.service;

import org.lynxim.application.port.in.PullMessagesUseCase;
import org.lynxim.application.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Page;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.user.UserId;

/** Reads one page after the cursor, never below the reader's join seq. */
public final class PullMessagesService implements PullMessagesUseCase {
  private final ConversationAccess access;
  private final MessageStore messages;

  public PullMessagesService(ConversationAccess access, MessageStore messages) {
    this.access = access;
    this.messages = messages;
  }

  @Override
  public Page pull(UserId reader, ConversationId conversation, PullCursor cursor) {
    Participation participation = access.require(reader, conversation);
    PullCursor visible = cursor.notBelow(participation.joinSeq());
    var readAhead = messages.readAfter(conversation, visible.cursorSeq(), cursor.limit() + 1);
    return Page.of(readAhead, cursor, cursor.limit());
  }
}
