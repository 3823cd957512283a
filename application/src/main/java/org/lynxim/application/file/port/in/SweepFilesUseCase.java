package org.lynxim.application.file.port.in;

/**
 * Deletes the files nothing has named within their time, and the stored bytes no file uses any
 * more. Works from the catalogue, so a restart loses nothing of its work.
 */
public interface SweepFilesUseCase {

  /** What one sweep did. */
  record Swept(int files, int bytes) {}

  Swept sweep();
}
