package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request whose headers stop coming, or whose body stops coming, gets a 408 and its connection
 * closed within a few seconds, with nothing logged above debug; a slow body that keeps coming, in
 * JSON or as a multipart upload, is answered as usual.
 */
class RequestDeadlinesEndToEndTest {
  @TempDir static Path data;
  private static LynxServer node;
  private static String token;
  private static final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private static final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.INFO.intValue() || record.getThrown() != null) {
            logged.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  static void start() {
    node =
        TestNode.start(
            data, Map.of("lynx.http.headers.timeout", "PT1S", "lynx.http.body.stall", "PT1S"));
    token = new RestClient(node.port()).registerAndLogin("deadline_user");
    Logger.getLogger("").addHandler(recorder);
  }

  @AfterAll
  static void stop() {
    Logger.getLogger("").removeHandler(recorder);
    node.close();
  }

  private static void assertNothingLogged() {
    assertThat(logged)
        .extracting(
            record -> record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage())
        .isEmpty();
  }

  private static Socket connect() throws Exception {
    Socket socket = new Socket("127.0.0.1", node.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  /** Everything the server sends until it closes the connection, and the seconds that took. */
  private record Answer(String text, double seconds) {}

  private static Answer readUntilClosed(Socket socket, long startNanos) throws Exception {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        received.write(buffer, 0, read);
      }
    } catch (SocketTimeoutException stillOpen) {
      received.write("\n(still open)".getBytes(StandardCharsets.UTF_8));
    }
    return new Answer(
        received.toString(StandardCharsets.UTF_8), (System.nanoTime() - startNanos) / 1e9);
  }

  /** One answer: its head, then as many bytes as its Content-Length says. */
  private static Answer readAnswer(Socket socket, long startNanos) throws Exception {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        break;
      }
      head.write(next);
    }
    String headText = head.toString(StandardCharsets.US_ASCII);
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(headText);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return new Answer(
        headText + new String(body, StandardCharsets.UTF_8),
        (System.nanoTime() - startNanos) / 1e9);
  }

  private static void write(Socket socket, String text) throws Exception {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Sends the start of a request and nothing more: a 408 with problem details, then the end. */
  private static void assertAnswered408AndClosed(String requestStart) throws Exception {
    try (Socket socket = connect()) {
      long start = System.nanoTime();
      write(socket, requestStart);

      Answer answer = readUntilClosed(socket, start);

      assertThat(answer.text()).startsWith("HTTP/1.1 408 ").contains("application/problem+json");
      assertThat(answer.seconds()).isBetween(0.9, 4.0);
    }
    assertNothingLogged();
  }

  @Test
  void headers_that_stop_coming_are_answered_408_and_closed() throws Exception {
    assertAnswered408AndClosed("GET /api/v1/config HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: appl");
  }

  @Test
  void headers_dripped_a_byte_at_a_time_are_closed_on_the_same_deadline() throws Exception {
    try (Socket socket = connect()) {
      long start = System.nanoTime();
      write(socket, "GET /api/v1/config HTTP/1.1\r\n");
      String rest = "X-Slow: " + "a".repeat(32);
      try {
        for (char c : rest.toCharArray()) {
          write(socket, String.valueOf(c));
          Thread.sleep(100);
        }
      } catch (java.io.IOException closed) {
        // the server closed it while we were still dripping
      }

      Answer answer = readUntilClosed(socket, start);

      assertThat(answer.text()).startsWith("HTTP/1.1 408 ");
      assertThat(answer.seconds()).isLessThan(4.0);
    }
  }

  @Test
  void a_body_that_stops_coming_is_answered_408_and_closed() throws Exception {
    assertAnswered408AndClosed(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"username\":");
  }

  @Test
  void an_upload_that_stops_coming_is_answered_408_and_closed() throws Exception {
    assertAnswered408AndClosed(
        "POST /api/v1/files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            + "Content-Length: 100000\r\n\r\n--b\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + "x".repeat(1000));
  }

  @Test
  void a_slow_body_that_keeps_coming_is_answered_as_usual() throws Exception {
    String body = "{\"username\":\"deadline_user\",\"password\":\"password-deadline_user\"}";
    try (Socket socket = connect()) {
      long start = System.nanoTime();
      write(
          socket,
          "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/json\r\nContent-Length: "
              + body.length()
              + "\r\n\r\n");
      for (int i = 0; i < body.length(); i += 6) {
        write(socket, body.substring(i, Math.min(body.length(), i + 6)));
        Thread.sleep(300);
      }

      Answer answer = readAnswer(socket, start);

      assertThat(answer.seconds()).as("longer than the stall limit in all").isGreaterThan(2.0);
      assertThat(answer.text()).startsWith("HTTP/1.1 200 ").contains("\"token\"");
    }
  }

  @Test
  void a_slow_upload_that_keeps_coming_is_stored() throws Exception {
    String head =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--b--\r\n";
    int pieces = 10;
    String piece = "y".repeat(2000);
    int length = head.length() + pieces * piece.length() + tail.length();
    try (Socket socket = connect()) {
      long start = System.nanoTime();
      write(
          socket,
          "POST /api/v1/files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
              + "Bearer "
              + token
              + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
              + length
              + "\r\n\r\n"
              + head);
      for (int i = 0; i < pieces; i++) {
        Thread.sleep(300);
        write(socket, piece);
      }
      write(socket, tail);

      Answer answer = readAnswer(socket, start);

      assertThat(answer.seconds()).as("longer than the stall limit in all").isGreaterThan(2.0);
      assertThat(answer.text()).startsWith("HTTP/1.1 201 ").contains("\"file_id\"");
    }
  }
}
