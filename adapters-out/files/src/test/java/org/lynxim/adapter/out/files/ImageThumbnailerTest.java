package org.lynxim.adapter.out.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageThumbnailerTest {
  private final ImageThumbnailer thumbnailer = new ImageThumbnailer();

  private static byte[] picture(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.ORANGE);
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.BLUE);
    graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  private static BufferedImage decoded(Optional<byte[]> jpeg) throws IOException {
    assertThat(jpeg).isPresent();
    assertThat(jpeg.get()).startsWith(0xff, 0xd8, 0xff);
    return ImageIO.read(new ByteArrayInputStream(jpeg.get()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpeg", "gif"})
  void a_large_picture_becomes_a_jpeg_of_320_on_its_longer_side(String format) throws IOException {
    BufferedImage thumbnail =
        decoded(thumbnailer.thumbnail(new ByteArrayInputStream(picture(format, 1600, 900))));

    assertThat(thumbnail.getWidth()).isEqualTo(320);
    assertThat(thumbnail.getHeight()).isEqualTo(180);
  }

  @Test
  void a_small_picture_is_not_enlarged() throws IOException {
    BufferedImage thumbnail =
        decoded(thumbnailer.thumbnail(new ByteArrayInputStream(picture("png", 100, 240))));

    assertThat(thumbnail.getWidth()).isEqualTo(100);
    assertThat(thumbnail.getHeight()).isEqualTo(240);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // 1 x 1 lossy and lossless WebP images
        "UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=",
        "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="
      })
  void webp_is_read_too(String webp) throws IOException {
    BufferedImage thumbnail =
        decoded(thumbnailer.thumbnail(new ByteArrayInputStream(Base64.getDecoder().decode(webp))));

    assertThat(thumbnail.getWidth()).isEqualTo(1);
  }

  @Test
  void bytes_that_only_claim_to_be_an_image_get_no_thumbnail() {
    byte[] fake = new byte[4_000];
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, fake, 0, 8);

    assertThat(thumbnailer.thumbnail(new ByteArrayInputStream(fake))).isEmpty();
    assertThat(thumbnailer.thumbnail(new ByteArrayInputStream("hello".getBytes()))).isEmpty();
  }

  /** A few hundred bytes declaring 50,000 x 50,000 pixels: refused from its header. */
  @Test
  void a_decompression_bomb_is_refused_before_decoding() throws IOException {
    assertThat(thumbnailer.thumbnail(new ByteArrayInputStream(bombPng(50_000, 50_000)))).isEmpty();
  }

  static byte[] bombPng(int width, int height) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
    header.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(png, "IHDR", header.array());
    Deflater deflater = new Deflater(9);
    deflater.setInput(new byte[width + 1]); // one row of zeros; the rest never arrives
    deflater.finish();
    byte[] compressed = new byte[1024];
    int length = deflater.deflate(compressed);
    chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, length));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    png.write(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    png.write(name);
    png.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
