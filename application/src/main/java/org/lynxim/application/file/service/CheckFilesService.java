package org.lynxim.application.file.service;

import java.util.Set;
import org.lynxim.application.file.port.in.CheckFilesUseCase;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.StoredFile;
import org.lynxim.domain.user.UserId;

/** A message names, and an avatar is, only what its user uploaded and is still there. */
public final class CheckFilesService implements CheckFilesUseCase {
  private final FileAccess access;

  public CheckFilesService(FileAccess access) {
    this.access = access;
  }

  @Override
  public void requireOwn(UserId sender, Set<FileId> files) {
    for (FileId id : files) {
      if (!access.requireLive(id).file().uploader().equals(sender)) {
        throw FileAccess.notFound(id);
      }
    }
  }

  @Override
  public void requireOwnImage(UserId user, FileId file) {
    StoredFile avatar;
    try {
      avatar = access.requireLive(file).file();
    } catch (NotFoundException e) {
      throw notOwnImage();
    }
    if (!avatar.uploader().equals(user) || avatar.image().isEmpty()) {
      throw notOwnImage();
    }
  }

  private static IllegalArgumentException notOwnImage() {
    return new IllegalArgumentException("avatar_file_id must name an image file you uploaded");
  }
}
