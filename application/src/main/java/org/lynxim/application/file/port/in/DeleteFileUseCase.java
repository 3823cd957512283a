package org.lynxim.application.file.port.in;

import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/**
 * Deletes one of the caller's uploads: 404 for a file it may not read, 403 for one it may read but
 * did not upload. Messages that named it then name a file that is gone.
 */
public interface DeleteFileUseCase {
  void delete(UserId user, FileId id);
}
