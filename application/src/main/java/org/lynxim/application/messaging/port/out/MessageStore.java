package org.lynxim.application.messaging.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.FileReference;
import org.lynxim.domain.conversation.IdempotencyKey;
import org.lynxim.domain.conversation.Message;

/**
 * The conversations' timelines: every stored message, keyed by (conversation, seq) and by the
 * idempotency key (conversation, sender, msg_id). Implementations are safe for concurrent use.
 */
public interface MessageStore {

  /**
   * Stores the messages durably, all or none, in one transaction with the references to the files
   * they name and the changes they make to earlier messages: once this returns, they survive a
   * crash. Messages of one conversation come in ascending seq. A recall empties its target (the
   * content is erased, not hidden), drops the target's file references and empties every saved
   * snapshot of it; an edit replaces the target's content and stamps when.
   *
   * @throws DuplicateMessageException if an idempotency key or a seq is stored already (nothing is
   *     stored)
   * @throws StoreUnavailableException if the store cannot be reached; the messages may or may not
   *     be stored, so the caller retries with the same keys
   */
  void appendAll(
      List<Message> messages, List<FileReference> references, List<Amendment> amendments);

  /** Stores messages that amend no earlier message. */
  default void appendAll(List<Message> messages, List<FileReference> references) {
    appendAll(messages, references, List.of());
  }

  /** Stores messages that name no file and amend no earlier message. */
  default void appendAll(List<Message> messages) {
    appendAll(messages, List.of(), List.of());
  }

  /** The stored messages among the keys, by key; one round trip. */
  Map<IdempotencyKey, Message> findStored(Collection<IdempotencyKey> keys);

  /** Up to {@code max} messages with a seq above {@code afterSeq}, in ascending seq. */
  List<Message> readAfter(ConversationId conversation, long afterSeq, int max);

  /**
   * At most {@code limit} streams still open that were opened before {@code sentBefore} (epoch ms),
   * oldest first.
   */
  List<Message> openStreams(long sentBefore, int limit);

  /** The message at the seq, as it stands now (recalled, edited). */
  Optional<Message> find(ConversationId conversation, long seq);

  /** The highest stored seq of the conversation, 0 when it has no message. */
  long lastSeq(ConversationId conversation);

  /**
   * How many messages are stored with a seq above {@code afterSeq} and up to {@code upToSeq},
   * counting no further than {@code atMost}; one read of at most {@code atMost + 1} messages.
   */
  default long countStored(ConversationId conversation, long afterSeq, long upToSeq, int atMost) {
    return readAfter(conversation, afterSeq, atMost).stream()
        .filter(message -> message.seq() <= upToSeq)
        .count();
  }
}
