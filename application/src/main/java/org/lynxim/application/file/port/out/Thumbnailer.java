package org.lynxim.application.file.port.out;

import java.io.InputStream;
import java.util.Optional;

/** Makes the small picture of an image. */
public interface Thumbnailer {

  /**
   * A JPEG of at most {@link org.lynxim.domain.file.ImageSize#THUMBNAIL_SIDE} pixels on its longer
   * side, or empty when the bytes are not an image it can read, or one too large to decode (see
   * {@link org.lynxim.domain.file.ImageSize#mayBeDecoded}). Never fails for what the bytes hold.
   */
  Optional<byte[]> thumbnail(InputStream image);
}
