package org.lynxim.application.file.port.in;

import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/**
 * A file for a reader who may read it: its uploader, the current members of a conversation holding
 * a message (not recalled) that names it, and, for a user's current avatar, every signed-in user.
 * Anyone else, like any file that does not exist or has expired, gets 404 ({@link
 * org.lynxim.domain.error.NotFoundException}).
 */
public interface ReadFileUseCase {
  FileInfo info(UserId reader, FileId id);

  Download download(UserId reader, FileId id);

  /** The thumbnail of an image, made on first demand and kept; 404 for other files. */
  Download thumbnail(UserId reader, FileId id);
}
