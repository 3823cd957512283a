package org.lynxim.application.messaging.service;

import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.user.UserId;

/**
 * A message as the caller may see it: above its join seq and above what it deleted for itself. Not
 * a use case: recall and edit share it.
 */
final class VisibleMessages {
  private final MessageStore messages;
  private final ConversationSettingsStore settings;

  VisibleMessages(MessageStore messages, ConversationSettingsStore settings) {
    this.messages = messages;
    this.settings = settings;
  }

  Message require(UserId reader, Participation participation, long seq) {
    ConversationId conversation = participation.conversation();
    long floor = Math.max(participation.joinSeq(), settings.of(reader, conversation).clearedSeq());
    return messages
        .find(conversation, seq)
        .filter(message -> message.seq() > floor)
        .orElseThrow(() -> new NotFoundException("no message " + seq + " in " + conversation));
  }
}
