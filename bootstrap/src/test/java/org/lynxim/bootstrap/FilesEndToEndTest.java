package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files over HTTP on a real node: upload, send, download, thumbnails, ranges, access, limits. */
class FilesEndToEndTest {
  private static final int MAX_UPLOAD = 1024 * 1024;

  @TempDir static Path data;
  static LynxServer node;
  static RestClient rest;
  static FileClient files;

  @BeforeAll
  static void startNode() {
    node = TestNode.start(data, Map.of("lynx.files.max.upload.bytes", String.valueOf(MAX_UPLOAD)));
    rest = new RestClient(node.port());
    files = new FileClient(node.port());
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }

  static byte[] photo(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.PINK);
    graphics.fillRect(0, 0, width, height);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static int sendImage(String token, String chat, String msgId, String fileId) {
    String content = "{\"file_id\":\"" + fileId + "\",\"width\":800,\"height\":600}";
    return rest.post(
            "/api/v1/conversations/" + chat + "/messages",
            token,
            "{\"msg_id\":\""
                + msgId
                + "\",\"msg_type\":2,\"content\":"
                + TextNode.valueOf(content)
                + "}")
        .status();
  }

  private static long storedFiles() throws IOException {
    try (Stream<Path> all = Files.walk(data.resolve("files"))) {
      return all.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void an_image_sent_to_bob_is_his_to_download_with_its_thumbnail_until_it_is_recalled()
      throws Exception {
    String ann = rest.registerAndLogin("ann_files");
    String bob = rest.registerAndLogin("bob_files");
    String eve = rest.registerAndLogin("eve_files");
    String chat = "dm:ann_files:bob_files";
    byte[] png = photo(800, 600);

    FileClient.Uploaded uploaded = files.upload(ann, "file", "holiday.png", "image/png", png);
    assertThat(uploaded.status()).isEqualTo(201);
    String id = uploaded.fileId();
    assertThat(uploaded.body().get("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
    assertThat(uploaded.body().get("expires_at").isNull()).isFalse();
    assertThat(files.get("/" + id, bob).status()).as("not named yet").isEqualTo(404);

    assertThat(sendImage(ann, chat, "img1", id)).isEqualTo(200);

    FileClient.Downloaded download = files.get("/" + id, bob);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(png);
    assertThat(download.header("content-type")).isEqualTo("image/png");
    assertThat(download.header("content-length")).isEqualTo(String.valueOf(png.length));
    assertThat(download.header("etag"))
        .isEqualTo("\"" + uploaded.body().get("sha256").asText() + "\"");
    assertThat(download.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(download.header("content-disposition"))
        .startsWith("inline; filename=\"holiday.png\"");
    assertThat(files.get("/" + id + "/info", bob).status()).isEqualTo(200);

    FileClient.Downloaded thumbnail = files.get("/" + id + "/thumbnail", bob);
    assertThat(thumbnail.status()).isEqualTo(200);
    assertThat(thumbnail.header("content-type")).isEqualTo("image/jpeg");
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
    assertThat(small.getWidth()).isEqualTo(320);
    assertThat(small.getHeight()).isEqualTo(240);

    assertThat(files.get("/" + id, eve).status()).isEqualTo(404);
    assertThat(files.get("/" + id + "/thumbnail", eve).status()).isEqualTo(404);
    assertThat(files.get("/" + id + "/info", eve).status()).isEqualTo(404);

    assertThat(files.get("/" + id, bob, Map.of("Range", "bytes=100-199")))
        .satisfies(
            part -> {
              assertThat(part.status()).isEqualTo(206);
              assertThat(part.header("content-range")).isEqualTo("bytes 100-199/" + png.length);
              assertThat(part.body()).isEqualTo(Arrays.copyOfRange(png, 100, 200));
            });
    assertThat(files.get("/" + id, bob, Map.of("Range", "bytes=-10")).body())
        .isEqualTo(Arrays.copyOfRange(png, png.length - 10, png.length));
    assertThat(files.get("/" + id, bob, Map.of("Range", "bytes=" + png.length + "-")).status())
        .isEqualTo(416);
    assertThat(files.get("/" + id, bob, Map.of("Range", "bytes=0-1,5-6")).status()).isEqualTo(200);
    assertThat(files.get("/" + id, bob, Map.of("If-None-Match", download.header("etag"))).status())
        .isEqualTo(304);

    assertThat(
            rest.post("/api/v1/conversations/" + chat + "/messages/1/recall", ann, null).status())
        .isEqualTo(200);

    assertThat(files.get("/" + id, bob).status()).isEqualTo(404);
    assertThat(files.get("/" + id, ann).status()).isEqualTo(200);
    assertThat(files.get("/" + id + "/info", ann).body()).isNotEmpty();
  }

  @Test
  void other_files_are_offered_as_attachments_and_only_the_uploader_deletes() {
    String cat = rest.registerAndLogin("cat_files");
    String dan = rest.registerAndLogin("dan_files");
    byte[] page = "<html><script>alert(1)</script></html>".getBytes();

    String id = files.upload(cat, "file", "page.html", "text/html", page).fileId();
    String content = "{\"file_id\":\"" + id + "\",\"name\":\"page.html\"}";
    assertThat(
            rest.post(
                    "/api/v1/conversations/dm:cat_files:dan_files/messages",
                    cat,
                    "{\"msg_id\":\"f1\",\"msg_type\":3,\"content\":"
                        + TextNode.valueOf(content)
                        + "}")
                .status())
        .isEqualTo(200);

    FileClient.Downloaded download = files.get("/" + id, dan);
    assertThat(download.header("content-disposition")).startsWith("attachment;");
    assertThat(download.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(files.get("/" + id + "/thumbnail", cat).status()).isEqualTo(404);
    assertThat(rest.get("/api/v1/files", cat).body().get("files").get(0).get("file_id").asText())
        .isEqualTo(id);

    assertThat(rest.call("DELETE", "/api/v1/files/" + id, dan, null).status()).isEqualTo(403);
    assertThat(rest.call("DELETE", "/api/v1/files/" + id, cat, null).status()).isEqualTo(204);
    assertThat(files.get("/" + id, dan).status()).isEqualTo(404);
  }

  @Test
  void uploads_over_the_limit_empty_or_without_a_file_part_are_refused_and_leave_nothing()
      throws Exception {
    String gus = rest.registerAndLogin("gus_files");
    long before = storedFiles();

    byte[] tooLarge = new byte[MAX_UPLOAD + 1];
    Arrays.fill(tooLarge, (byte) 7);
    assertThat(files.upload(gus, "file", "big.bin", "application/octet-stream", tooLarge).status())
        .isEqualTo(413);
    assertThat(files.upload(gus, "file", "empty.txt", "text/plain", new byte[0]).status())
        .isEqualTo(400);
    assertThat(files.upload(gus, "attachment", "a.txt", "text/plain", "x".getBytes()).status())
        .isEqualTo(400);
    assertThat(rest.post("/api/v1/files", gus, "{}").status()).isEqualTo(400);

    assertThat(storedFiles()).isEqualTo(before);
    assertThat(rest.get("/api/v1/files", gus).body().get("files")).isEmpty();
    assertThat(
            files
                .upload(gus, "file", "ok.bin", "application/octet-stream", new byte[MAX_UPLOAD])
                .status())
        .as("exactly the limit")
        .isEqualTo(201);
  }

  @Test
  void a_message_names_only_files_of_its_own_sender_and_an_avatar_is_seen_by_all()
      throws Exception {
    String hal = rest.registerAndLogin("hal_files");
    String ida = rest.registerAndLogin("ida_files");
    String halsFile = files.upload(hal, "file", "me.png", "image/png", photo(64, 64)).fileId();

    assertThat(sendImage(ida, "dm:hal_files:ida_files", "x1", halsFile)).isEqualTo(404);
    assertThat(sendImage(ida, "dm:hal_files:ida_files", "x2", "no_such_file")).isEqualTo(404);
    assertThat(
            rest.call("PATCH", "/api/v1/users/me", ida, "{\"avatar_file_id\":\"" + halsFile + "\"}")
                .status())
        .isEqualTo(400);

    assertThat(
            rest.call("PATCH", "/api/v1/users/me", hal, "{\"avatar_file_id\":\"" + halsFile + "\"}")
                .status())
        .isEqualTo(200);
    assertThat(rest.get("/api/v1/users/hal_files", ida).body().get("avatar_file_id").asText())
        .isEqualTo(halsFile);
    assertThat(files.get("/" + halsFile, ida).status()).isEqualTo(200);
    assertThat(
            rest.get("/api/v1/files/" + halsFile + "/info", ida).body().get("expires_at").isNull())
        .isTrue();
  }
}
