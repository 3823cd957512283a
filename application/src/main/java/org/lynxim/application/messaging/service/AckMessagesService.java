package org.lynxim.application.messaging.service;

import java.util.Optional;
import org.lynxim.application.delivery.port.in.ShareReadPositionUseCase;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Moves a read position forward; when it moved, tells the user's other devices and, in a direct
 * chat, the other user (a read receipt).
 */
public final class AckMessagesService implements AckMessagesUseCase {
  private final ConversationMembership membership;
  private final MessageStore messages;
  private final ReadPositions positions;
  private final ShareReadPositionUseCase readPositionSync;
  private final ReadReceipts receipts;

  public AckMessagesService(
      ConversationMembership membership,
      MessageStore messages,
      ReadPositions positions,
      ShareReadPositionUseCase readPositionSync,
      ReadReceipts receipts) {
    this.membership = membership;
    this.messages = messages;
    this.positions = positions;
    this.readPositionSync = readPositionSync;
    this.receipts = receipts;
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
      if (conversation instanceof DirectChatId direct) {
        receipts.read(user, direct, after);
      }
    }
    return after;
  }
}
