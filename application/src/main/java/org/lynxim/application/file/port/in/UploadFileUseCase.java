package org.lynxim.application.file.port.in;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.user.UserId;

/**
 * Stores an upload as it arrives.
 *
 * @throws org.lynxim.domain.error.ContentTooLargeException over the configured limit (413), nothing
 *     kept
 * @throws IllegalArgumentException an empty file (400)
 */
public interface UploadFileUseCase {

  /** What the client sent: the part's filename and Content-Type, and its bytes, unread. */
  record Upload(String name, Optional<String> contentType, InputStream bytes) {
    public Upload {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  FileInfo upload(UserId uploader, Upload upload);
}
