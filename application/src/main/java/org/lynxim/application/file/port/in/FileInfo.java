package org.lynxim.application.file.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.file.StoredFile;

/** A file as its readers see it: what was uploaded, and when it goes unless a message names it. */
public record FileInfo(StoredFile file, Optional<Instant> expiresAt) {
  public FileInfo {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
