package org.lynxim.domain.conversation;

import java.util.Objects;
import org.lynxim.domain.file.FileId;

/** A message naming a file: recorded when the message is stored, dropped when it is recalled. */
public record FileReference(FileId file, ConversationId conversation, long seq) {
  public FileReference {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(conversation, "conversation");
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be 1 or more");
    }
  }
}
