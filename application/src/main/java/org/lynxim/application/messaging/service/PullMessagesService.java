package org.lynxim.application.messaging.service;

import org.lynxim.application.messaging.port.in.PullMessagesUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Page;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.user.UserId;

/**
 * Reads one page after the cursor, never below the reader's join seq nor what it deleted for
 * itself.
 */
public final class PullMessagesService implements PullMessagesUseCase {
  private final ConversationMembership membership;
  private final MessageStore messages;
  private final ConversationSettingsStore settings;
  private final StreamsSoFar streams;

  public PullMessagesService(
      ConversationMembership membership,
      MessageStore messages,
      ConversationSettingsStore settings,
      StreamsSoFar streams) {
    this.membership = membership;
    this.messages = messages;
    this.settings = settings;
    this.streams = streams;
  }

  @Override
  public Page pull(UserId reader, ConversationId conversation, PullCursor cursor) {
    Participation participation = membership.requireReader(reader, conversation);
    long cleared = settings.of(reader, conversation).clearedSeq();
    PullCursor visible = cursor.notBelow(Math.max(participation.joinSeq(), cleared));
    var readAhead = messages.readAfter(conversation, visible.cursorSeq(), cursor.limit() + 1);
    return Page.of(streams.apply(readAhead), cursor, cursor.limit());
  }
}
