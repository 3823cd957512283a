package org.lynxim.application.messaging.service;

import java.util.Optional;
import org.lynxim.application.delivery.port.in.ShareReadPositionUseCase;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Moves a read position forward and tells the user's other devices when it moved. */
public final class AckMessagesService implements AckMessagesUseCase {
  private final ConversationMembership membership;
  private final MessageStore messages;
  private final ReadPositions positions;
  private final ShareReadPositionUseCase readPositionSync;

  public AckMessagesService(
      ConversationMembership membership,
      MessageStore messages,
      ReadPositions positions,
      ShareReadPositionUseCase readPositionSync) {
    this.membership = membership;
    this.messages = messages;
    this.positions = positions;
    this.readPositionSync = readPositionSync;
  }

  @Override
  public ReadPosition ack(
      UserId user, Optional<DeviceId> device, ConversationId conversation, long seq) {
    Participation participation = membership.require(user, conversation);
    ReadPosition acked = ReadPosition.acknowledging(seq, messages.lastSeq(conversation));
    ReadPositions.Advance advance = positions.advance(user, conversation, acked);
    ReadPosition before = participation.effective(advance.before());
    ReadPosition after = participation.effective(advance.after());
    if (after.lastAckSeq() > before.lastAckSeq()) {
      readPositionSync.share(user, conversation, after, device);
    }
    return after;
  }
}
