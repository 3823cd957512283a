package org.lynxim.domain.file;

/**
 * An image's size as its header declares it, read before any pixel is decoded: an image of more
 * than {@link #MAX_PIXELS} gets no thumbnail, so that a small file declaring a huge image (a
 * decompression bomb) never takes the memory its pixels would.
 */
public record ImageSize(int width, int height) {
  public static final long MAX_PIXELS = 100_000_000L;

  /** The longer side of a thumbnail, in pixels. */
  public static final int THUMBNAIL_SIDE = 320;

  public ImageSize {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("an image has at least one pixel each way");
    }
  }

  public boolean mayBeDecoded() {
    return (long) width * height <= MAX_PIXELS;
  }

  /**
   * Every how many pixels to read one, each way, so that the decoded image is still at least twice
   * the thumbnail (a clean downscale) but never much bigger: a large photo is read at a fraction of
   * its memory.
   */
  public int subsampling() {
    return Math.max(1, Math.max(width, height) / (THUMBNAIL_SIDE * 2));
  }

  /** The thumbnail's size: the longer side at most {@link #THUMBNAIL_SIDE}, never enlarged. */
  public ImageSize thumbnail() {
    int longer = Math.max(width, height);
    if (longer <= THUMBNAIL_SIDE) {
      return this;
    }
    double scale = (double) THUMBNAIL_SIDE / longer;
    return new ImageSize(
        Math.max(1, (int) Math.round(width * scale)),
        Math.max(1, (int) Math.round(height * scale)));
  }
}
