package org.lynxim.application.file.service;

import java.time.Clock;
import java.time.Duration;
import org.lynxim.application.file.port.in.FileInfo;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.application.messaging.port.in.CanReadConversationUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.FileStanding;
import org.lynxim.domain.file.StoredFile;
import org.lynxim.domain.user.UserId;

/**
 * Who may read a file (PROTOCOL.md, Files): its uploader; every signed-in user, for a current
 * avatar; the current members of a conversation holding a message that names it. A file that does
 * not exist, has expired, or may not be read is the same 404. Not a use case: the file services
 * share it.
 */
public final class FileAccess {
  /** Conversations asked about per read: a file is rarely forwarded to more. */
  private static final int CONVERSATIONS_ASKED = 200;

  private final FileCatalogue catalogue;
  private final CanReadConversationUseCase conversations;
  private final Duration unreferencedTtl;
  private final Clock clock;

  public FileAccess(
      FileCatalogue catalogue,
      CanReadConversationUseCase conversations,
      Duration unreferencedTtl,
      Clock clock) {
    this.catalogue = catalogue;
    this.conversations = conversations;
    this.unreferencedTtl = unreferencedTtl;
    this.clock = clock;
  }

  /** A file that exists and has not expired, and what keeps it. */
  record Live(StoredFile file, FileStanding standing) {}

  /** The file, if it exists and has not expired, whoever asks. */
  Live requireLive(FileId id) {
    StoredFile file = catalogue.find(id).orElseThrow(() -> notFound(id));
    FileStanding standing = catalogue.standing(id);
    if (file.expired(standing, unreferencedTtl, clock.instant())) {
      throw notFound(id);
    }
    return new Live(file, standing);
  }

  FileInfo requireReadable(UserId reader, FileId id) {
    Live live = requireLive(id);
    if (live.file().uploader().equals(reader) || mayReadOthers(reader, id, live.standing())) {
      return info(live.file(), live.standing());
    }
    throw notFound(id);
  }

  private boolean mayReadOthers(UserId reader, FileId id, FileStanding standing) {
    if (standing.avatar()) {
      return true;
    }
    if (!standing.named()) {
      return false;
    }
    for (ConversationId conversation : catalogue.conversationsNaming(id, CONVERSATIONS_ASKED)) {
      if (conversations.canRead(reader, conversation)) {
        return true;
      }
    }
    return false;
  }

  FileInfo info(StoredFile file, FileStanding standing) {
    return new FileInfo(file, file.expiresAt(standing, unreferencedTtl));
  }

  static NotFoundException notFound(FileId id) {
    return new NotFoundException("no such file " + id.value());
  }
}
