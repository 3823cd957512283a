package org.lynxim.application.file.service;

import org.lynxim.application.file.port.in.DeleteFileUseCase;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/** Only the uploader deletes; the bytes go with the next sweep if no other file shares them. */
public final class DeleteFileService implements DeleteFileUseCase {
  private final FileCatalogue catalogue;
  private final FileAccess access;

  public DeleteFileService(FileCatalogue catalogue, FileAccess access) {
    this.catalogue = catalogue;
    this.access = access;
  }

  @Override
  public void delete(UserId user, FileId id) {
    if (!access.requireReadable(user, id).file().uploader().equals(user)) {
      throw new ForbiddenException(Reason.NOT_ALLOWED, "only the uploader deletes a file");
    }
    catalogue.remove(id);
  }
}
