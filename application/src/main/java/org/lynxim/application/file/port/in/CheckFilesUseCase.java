package org.lynxim.application.file.port.in;

import java.util.Set;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/** What other features ask of files before they name one. */
public interface CheckFilesUseCase {

  /**
   * A message may name only files its sender uploaded and that have not expired.
   *
   * @throws org.lynxim.domain.error.NotFoundException for any other
   */
  void requireOwn(UserId sender, Set<FileId> files);

  /**
   * An avatar must be an image the user uploaded.
   *
   * @throws IllegalArgumentException for any other file (400)
   */
  void requireOwnImage(UserId user, FileId file);
}
