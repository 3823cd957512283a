package org.lynxim.application.messaging.service;

import org.lynxim.application.messaging.port.in.ReadMessageUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/** Checks the reader's place in the conversation, then reads the one message. */
public final class ReadMessageService implements ReadMessageUseCase {
  private final ConversationMembership membership;
  private final VisibleMessages visible;
  private final StreamsSoFar streams;

  public ReadMessageService(
      ConversationMembership membership,
      MessageStore messages,
      ConversationSettingsStore settings,
      StreamsSoFar streams) {
    this.membership = membership;
    this.visible = new VisibleMessages(messages, settings);
    this.streams = streams;
  }

  @Override
  public Message message(UserId reader, ConversationId conversation, long seq) {
    return streams.apply(
        visible.require(reader, membership.requireReader(reader, conversation), seq));
  }
}
