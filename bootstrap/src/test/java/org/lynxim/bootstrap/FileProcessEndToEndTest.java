package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads on a node in a JVM of its own: a small heap, and a SIGKILL in the middle. */
class FileProcessEndToEndTest {
  @TempDir Path data;

  @Test
  void a_20_mib_upload_streams_through_a_128_mib_heap() throws Exception {
    Path big = data.resolve("big.bin");
    byte[] chunk = new byte[1024 * 1024];
    Random random = new Random(7);
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 20; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
        sha256.update(chunk);
      }
    }
    NodeProcess node = NodeProcess.start(data.resolve("node"), Map.of(), List.of("-Xmx128m"));
    try {
      RestClient rest = new RestClient(node.port());
      FileClient files = new FileClient(node.port());
      String token = rest.registerAndLogin("big_upload");

      FileClient.Uploaded uploaded = files.upload(token, "video.bin", big);

      assertThat(uploaded.status()).isEqualTo(201);
      assertThat(uploaded.body().get("size").asLong()).isEqualTo(20L * 1024 * 1024);
      assertThat(uploaded.body().get("sha256").asText())
          .isEqualTo(HexFormat.of().formatHex(sha256.digest()));
      FileClient.Downloaded back = files.get("/" + uploaded.fileId(), token);
      assertThat(back.status()).isEqualTo(200);
      assertThat(back.body()).isEqualTo(Files.readAllBytes(big));
      assertThat(node.process().isAlive()).isTrue();
    } finally {
      node.kill();
    }
  }

  @Test
  void an_upload_cut_by_sigkill_leaves_nothing_visible_after_restart() throws Exception {
    Path nodeData = data.resolve("node");
    Map<String, String> environment = Map.of("LYNX_FILES_SWEEP_GRACE", "PT0S");
    NodeProcess node = NodeProcess.start(nodeData, environment);
    String token = new RestClient(node.port()).registerAndLogin("cut_upload");
    Path partial = nodeData.resolve("files").resolve("partial");
    try (Socket socket = new Socket("127.0.0.1", node.port())) {
      String boundary = "cut-boundary";
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
              + "Content-Type: application/octet-stream\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + boundary
                  + "\r\nContent-Length: 10000000\r\n\r\n"
                  + head)
              .getBytes(StandardCharsets.US_ASCII));
      byte[] half = new byte[3_000_000];
      new Random(3).nextBytes(half);
      out.write(half);
      out.flush();
      long deadline = System.currentTimeMillis() + 10_000;
      while (partSize(partial) < 1_000_000 && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      assertThat(partSize(partial)).as("the upload is being written").isGreaterThan(0);

      node.kill();
    }

    NodeProcess restarted = NodeProcess.start(nodeData, environment);
    try {
      String again = new RestClient(restarted.port()).login("cut_upload");
      assertThat(new RestClient(restarted.port()).get("/api/v1/files", again).body().get("files"))
          .isEmpty();
      long deadline = System.currentTimeMillis() + 10_000;
      while (partSize(partial) > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      try (Stream<Path> all = Files.walk(nodeData.resolve("files"))) {
        assertThat(all.filter(Files::isRegularFile)).as("no bytes kept, no part left").isEmpty();
      }
    } finally {
      restarted.kill();
    }
  }

  private static long partSize(Path partial) throws Exception {
    if (!Files.isDirectory(partial)) {
      return 0;
    }
    try (Stream<Path> parts = Files.list(partial)) {
      return parts.mapToLong(part -> part.toFile().length()).sum();
    }
  }
}
