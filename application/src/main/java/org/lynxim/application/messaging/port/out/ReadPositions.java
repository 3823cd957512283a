package org.lynxim.application.messaging.port.out;

import java.util.Collection;
import java.util.Map;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserId;

/** Each user's stored read position ({@code last_ack_seq}) per conversation; durable. */
public interface ReadPositions {

  /**
   * Moves the stored position up to {@code position} if it is higher, atomically, and answers the
   * stored position before and after.
   */
  Advance advance(UserId user, ConversationId conversation, ReadPosition position);

  /**
   * Moves many positions up at once, each only if it is higher, in one transaction: how a batch of
   * sends moves its senders' own positions.
   */
  void advanceAll(Map<Reader, ReadPosition> positions);

  /** A user in a conversation. */
  record Reader(UserId user, ConversationId conversation) {}

  /** The stored position, 0 when the user never acknowledged anything there. */
  ReadPosition of(UserId user, ConversationId conversation);

  /**
   * The stored positions of these readers, in one round trip or a few; a reader with none stored is
   * left out.
   */
  Map<Reader, ReadPosition> of(Collection<Reader> readers);

  /** Every stored position of the user. */
  Map<ConversationId, ReadPosition> allOf(UserId user);

  /** The stored position before and after an advance. */
  record Advance(ReadPosition before, ReadPosition after) {
    public boolean moved() {
      return after.lastAckSeq() > before.lastAckSeq();
    }
  }
}
