package org.lynxim.domain.conversation;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.file.FileId;

/** What became of one draft of a send batch. */
public sealed interface SendOutcome {

  /** The message the draft is, stored now or before. */
  Message message();

  /**
   * New: the draft became this message, with its seq, to be stored with the batch, and with it the
   * references to the files it names and the change it makes to an earlier message.
   */
  record Stored(Message message, Set<FileId> files, Optional<Amendment> amends)
      implements SendOutcome {
    public Stored {
      Objects.requireNonNull(message, "message");
      files = Set.copyOf(files);
      Objects.requireNonNull(amends, "amends");
    }

    public Stored(Message message) {
      this(message, Set.of(), Optional.empty());
    }
  }

  /**
   * The change the draft announces no longer applies (its target was recalled meanwhile): nothing
   * is stored, and the answer is the target as it stands.
   */
  record Moot(Message message) implements SendOutcome {
    public Moot {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The same send again (same conversation, sender and msg_id): nothing new is stored, and the
   * answer is the message the first send became.
   */
  record Duplicate(Message message) implements SendOutcome {
    public Duplicate {
      Objects.requireNonNull(message, "message");
    }
  }
}
