package org.lynxim.adapter.out.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.lynxim.application.file.port.out.Thumbnailer;
import org.lynxim.domain.file.ImageSize;

/**
 * Thumbnails through ImageIO (png, jpeg, gif; webp from the TwelveMonkeys plug-in) and
 * Thumbnailator. The image's size is read from its header first: one too large is refused before a
 * pixel is decoded, and a large one is decoded subsampled, at a fraction of its memory.
 */
public final class ImageThumbnailer implements Thumbnailer {
  private static final Logger LOG = Logger.getLogger(ImageThumbnailer.class.getName());
  private static final double JPEG_QUALITY = 0.8;

  static {
    ImageIO.setUseCache(false); // decode in memory, never through temporary files
    ImageIO.scanForPlugins();
  }

  @Override
  public Optional<byte[]> thumbnail(InputStream image) {
    try (ImageInputStream input = ImageIO.createImageInputStream(image)) {
      if (input == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        ImageSize size = new ImageSize(reader.getWidth(0), reader.getHeight(0));
        if (!size.mayBeDecoded()) {
          return Optional.empty();
        }
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(size.subsampling(), size.subsampling(), 0, 0);
        return Optional.of(jpeg(reader.read(0, param), size.thumbnail()));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      // The bytes claim an image format but do not hold a readable image: no thumbnail.
      LOG.log(Level.FINE, "no thumbnail: " + unreadable);
      return Optional.empty();
    }
  }

  /** On white, since JPEG has no transparency, then scaled down to the thumbnail's size. */
  private static byte[] jpeg(BufferedImage decoded, ImageSize target) throws IOException {
    BufferedImage opaque =
        new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = opaque.createGraphics();
    try {
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, opaque.getWidth(), opaque.getHeight());
      graphics.drawImage(decoded, 0, 0, null);
    } finally {
      graphics.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thumbnails.of(opaque)
        .forceSize(target.width(), target.height())
        .outputFormat("jpg")
        .outputQuality(JPEG_QUALITY)
        .toOutputStream(out);
    return out.toByteArray();
  }
}
