package org.lynxim.application.file.port.in;

import java.util.List;
import java.util.Optional;
import org.lynxim.domain.file.FileCursor;
import org.lynxim.domain.user.UserId;

/** The caller's uploads, newest first, a page at a time. */
public interface ListFilesUseCase {

  record Page(List<FileInfo> files, Optional<FileCursor> next) {
    public Page {
      files = List.copyOf(files);
    }
  }

  Page files(UserId user, Optional<FileCursor> after, int limit);
}
