package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lynxim.adapter.out.auth.JwtAccessTokens;
import org.lynxim.domain.user.UserId;

/**
 * Every kind of bad input gets its protocol code, the connection goes on answering, and nothing is
 * stored.
 */
class BadInputEndToEndTest extends OneNodeTest {
  private static final String BIG = "x".repeat(4097);

  static String alice;
  static ChatClient socket;

  @BeforeAll
  static void registerUsers() {
    alice = rest.registerAndLogin("alice_bad");
    rest.registerAndLogin("bob_bad");
    rest.registerAndLogin("carol_bad");
    socket = ChatClient.connect(node.port(), alice, "phone");
  }

  @AfterAll
  static void disconnect() {
    socket.close();
  }

  @Test
  void the_page_and_the_api_answer_with_security_headers() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + node.port();
    HttpResponse<Void> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/")).build(),
            HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"alice_bad\",\"password\":\"password-alice_bad\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void a_body_that_is_not_utf8_is_a_400_and_nothing_is_registered() throws Exception {
    String base = "http://127.0.0.1:" + node.port();
    byte[] latin1 =
        "{\"username\":\"latin1_user\",\"password\":\"password-caf\u00e9\"}"
            .getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/register"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("not UTF-8");
    assertThat(
            rest.post(
                    "/api/v1/auth/login",
                    null,
                    "{\"username\":\"latin1_user\",\"password\":\"password-caf\ufffd\"}")
                .status())
        .isEqualTo(401);
  }

  @Test
  void a_body_with_a_malformed_chunk_is_a_400_and_the_connection_is_closed() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", node.port())) {
      socket.setSoTimeout(5_000);
      socket
          .getOutputStream()
          .write(
              ("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + "zz\r\n{}\r\n0\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));

      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 400 ").containsIgnoringCase("connection: close");
      assertThat(answer).contains("application/problem+json");
    }
  }

  @Test
  void a_body_over_the_limit_is_refused_with_problem_details() throws Exception {
    // Only the head is sent: the server answers from Content-Length, and nothing is left unread
    // that would make it reset the connection under its answer.
    try (Socket socket = new Socket("127.0.0.1", node.port())) {
      socket.setSoTimeout(10_000);
      String head =
          "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/json\r\nContent-Length: 2097152\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer.toLowerCase(java.util.Locale.ROOT))
          .contains("content-type: application/problem+json");
      assertThat(answer).contains("\"status\":413");
    }
  }

  static Stream<Arguments> malformedRequests() {
    String login = " /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    return Stream.of(
        Arguments.of(
            "a body shorter than announced", "POST" + login + "Content-Length: 500\r\n\r\n{}"),
        Arguments.of("a negative Content-Length", "POST" + login + "Content-Length: -5\r\n\r\n{}"),
        Arguments.of("a NUL in the method", "G\u0000T" + login + "\r\n"),
        Arguments.of("a control character in the method", "PO\u0007ST" + login + "\r\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedRequests")
  void a_malformed_request_is_a_4xx_never_a_500(String what, String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", node.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      String statusLine =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();

      assertThat(statusLine).as(what).matches("HTTP/1\\.1 4\\d\\d.*");
    }
  }

  @Test
  void refusals_say_why_with_a_reason() {
    // Users of its own: the other tests check that alice_bad never stores anything.
    String ann = rest.registerAndLogin("ann_reason");
    String ben = rest.registerAndLogin("ben_reason");
    rest.registerAndLogin("cat_reason");
    String group =
        rest.post("/api/v1/groups", ann, "{\"name\":\"why\",\"members\":[\"ben_reason\"]}")
            .body()
            .get("group_id")
            .asText();
    ObjectNode foreign;
    try (ChatClient cat = ChatClient.connect(node.port(), rest.login("cat_reason"), "phone")) {
      foreign = cat.send("dm:ann_reason:ben_reason", "why-1", "not mine");
    }
    var notAllowed =
        rest.post("/api/v1/groups/" + group + "/members", ben, "{\"user_ids\":[\"cat_reason\"]}");
    var taken =
        rest.post(
            "/api/v1/auth/register",
            null,
            "{\"username\":\"ann_reason\",\"password\":\"another-password\"}");

    assertThat(foreign.get("code").asInt()).isEqualTo(403);
    assertThat(foreign.get("reason").asText()).isEqualTo("not_member");
    assertThat(notAllowed.status()).isEqualTo(403);
    assertThat(notAllowed.body().get("reason").asText()).isEqualTo("not_allowed");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body().get("reason").asText()).isEqualTo("username_taken");
    assertThat(rest.get("/api/v1/groups/none", ann).body().has("reason")).isFalse();
  }

  @Test
  void a_taken_username_answers_409_and_logs_no_warning() {
    // The server's own level for Hibernate (tests quiet it): a 409 must not warn at it either.
    Logger hibernate = Logger.getLogger("org.hibernate");
    Level quiet = hibernate.getLevel();
    hibernate.setLevel(Level.WARNING);
    List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    Handler recorder =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(recorder);
    try {
      RestClient.Answer taken =
          rest.post(
              "/api/v1/auth/register",
              null,
              "{\"username\":\"alice_bad\",\"password\":\"another-password\"}");
      assertThat(taken.status()).isEqualTo(409);
    } finally {
      root.removeHandler(recorder);
      hibernate.setLevel(quiet);
    }
    assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
  }

  @ParameterizedTest(name = "{0} answers cmd {1}, code {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not json at all | -1 | 400",
        "[1,2,3] | -1 | 400",
        "{\"foo\":1} | -1 | 400",
        "{\"cmd\":\"2\"} | -1 | 400",
        "{\"cmd\":1.5} | -1 | 400",
        "{\"cmd\":null} | -1 | 400",
        "{\"cmd\":1} | 1 | 400",
        "{\"cmd\":5} | 5 | 400",
        "{\"cmd\":6} | 6 | 400",
        "{\"cmd\":99} | 99 | 400",
        "{\"cmd\":0} xyz | -1 | 400",
        "{\"cmd\":0}{\"cmd\":0} | -1 | 400",
        "{\"cmd\":0,\"cmd\":3} | -1 | 400",
        "{\"cmd\":2,\"msg_id\":\"lone\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"a\\uD800b\"}} | 2 | 400",
        "{\"cmd\":0,\"req_id\":5} | 0 | 400",
        "{\"cmd\":2,\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"x\"}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"a b\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"x\"}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":7,\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"x\"}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"payload\":{\"content\":\"x\"}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\"} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":\"x\"} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":5}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"\"}} | 2 | 400",
        // 1.2: types 6 and 7 are valid; call logs (8) and system messages (100) are server-made.
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"x\",\"msg_type\":0}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"x\",\"msg_type\":8}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"x\",\"msg_type\":100}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"x\",\"msg_type\":101}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:bob_bad\",\"payload\":{\"content\":\"x\",\"msg_type\":\"1\"}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:bob_bad:alice_bad\",\"payload\":{\"content\":\"x\"}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"grp:\",\"payload\":{\"content\":\"x\"}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"chat:1\",\"payload\":{\"content\":\"x\"}} | 2 | 400",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:bob_bad:carol_bad\",\"payload\":{\"content\":\"x\"}} | 2 | 403",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"dm:alice_bad:nobody_bad\",\"payload\":{\"content\":\"x\"}} | 2 | 404",
        "{\"cmd\":2,\"msg_id\":\"m\",\"conversation_id\":\"grp:nosuchgroup\",\"payload\":{\"content\":\"x\"}} | 2 | 404",
        "{\"cmd\":3,\"conversation_id\":\"dm:alice_bad:bob_bad\",\"cursor_seq\":-1} | 3 | 400",
        "{\"cmd\":3,\"conversation_id\":\"dm:alice_bad:bob_bad\",\"limit\":0} | 3 | 400",
        "{\"cmd\":3,\"conversation_id\":\"dm:alice_bad:bob_bad\",\"limit\":201} | 3 | 400",
        "{\"cmd\":3,\"conversation_id\":\"dm:alice_bad:bob_bad\",\"limit\":\"5\"} | 3 | 400",
        "{\"cmd\":3} | 3 | 400",
        "{\"cmd\":3,\"conversation_id\":\"dm:bob_bad:carol_bad\"} | 3 | 403",
        "{\"cmd\":4,\"conversation_id\":\"dm:alice_bad:bob_bad\",\"seq\":-1} | 4 | 400",
        "{\"cmd\":4,\"conversation_id\":\"dm:alice_bad:bob_bad\",\"seq\":1} | 4 | 400",
        "{\"cmd\":4,\"conversation_id\":\"dm:alice_bad:bob_bad\"} | 4 | 400",
        "{\"cmd\":4,\"conversation_id\":\"dm:bob_bad:carol_bad\",\"seq\":0} | 4 | 403",
      })
  void a_bad_frame_gets_its_code_and_the_connection_goes_on(String frame, int cmd, int code) {
    socket.sendRaw(frame);
    ObjectNode answer = socket.nextAnswer();

    assertThat(answer.get("cmd").asInt()).isEqualTo(cmd);
    assertThat(answer.get("code").asInt()).isEqualTo(code);
    assertThat(answer.get("error").asText()).isNotBlank();
    assertThat(answer.has("req_id")).isFalse();
    assertThat(socket.heartbeat().get("code").asInt()).isZero();
    assertNothingStored();
  }

  @Test
  void content_over_4096_bytes_is_413_but_a_malformed_frame_is_400_first() {
    ObjectNode tooBig = ChatClient.JSON.createObjectNode();
    tooBig.put("cmd", 2).put("msg_id", "big").put("conversation_id", "dm:alice_bad:bob_bad");
    tooBig.putObject("payload").put("content", BIG);
    ObjectNode answer = socket.request(tooBig);
    assertThat(answer.get("code").asInt()).isEqualTo(413);
    assertThat(answer.get("msg_id").asText()).isEqualTo("big");

    ((ObjectNode) tooBig.get("payload")).put("msg_type", 9);
    assertThat(socket.request(tooBig).get("code").asInt()).isEqualTo(400);
    assertNothingStored();
  }

  @Test
  void error_answers_echo_a_valid_req_id() {
    ObjectNode unknown = ChatClient.JSON.createObjectNode().put("cmd", 42);
    ObjectNode answer = socket.request(unknown);

    assertThat(answer.get("cmd").asInt()).isEqualTo(42);
    assertThat(answer.get("code").asInt()).isEqualTo(400);
    ObjectNode longReqId =
        ChatClient.JSON.createObjectNode().put("cmd", 0).put("req_id", "r".repeat(65));
    socket.sendRaw(longReqId.toString());
    ObjectNode refused = socket.nextAnswer();
    assertThat(refused.get("code").asInt()).isEqualTo(400);
    assertThat(refused.has("req_id")).isFalse();
    ObjectNode nullReqId = ChatClient.JSON.createObjectNode().put("cmd", 0).putNull("req_id");
    socket.sendRaw(nullReqId.toString());
    assertThat(socket.nextAnswer().get("code").asInt()).isZero();
  }

  @Test
  void a_binary_frame_is_refused_and_the_connection_goes_on() {
    socket.sendBinary(new byte[] {1, 2, 3});
    ObjectNode answer = socket.nextAnswer();

    assertThat(answer.get("cmd").asInt()).isEqualTo(-1);
    assertThat(answer.get("code").asInt()).isEqualTo(400);
    assertThat(socket.heartbeat().get("code").asInt()).isZero();
  }

  @Test
  void an_upgrade_without_a_valid_token_or_device_is_refused_before_the_websocket_opens()
      throws Exception {
    assertThat(upgradeStatus("/ws")).isEqualTo(401);
    assertThat(upgradeStatus("/ws?token=forged")).isEqualTo(401);
    assertThat(upgradeStatus("/ws?token=" + expiredToken())).isEqualTo(401);
    assertThat(upgradeStatus("/ws?token=" + alice + "&device_id=bad%20device")).isEqualTo(400);
    assertThat(upgradeStatus("/ws?token=forged&device_id=bad%20device")).isEqualTo(401);
    assertThat(rest.get("/ws", null).status()).isEqualTo(401);
    assertThat(rest.get("/ws", alice).status()).isEqualTo(426);
  }

  @Test
  void rest_refuses_bad_input_with_problem_details() {
    var noToken = rest.get("/api/v1/conversations", null);
    assertThat(noToken.status()).isEqualTo(401);
    assertThat(noToken.contentType()).isEqualTo("application/problem+json");
    assertThat(rest.get("/api/v1/conversations", expiredToken()).status()).isEqualTo(401);
    String chat = "/api/v1/conversations/dm:alice_bad:bob_bad";
    var notJson = rest.post(chat + "/messages", alice, "{nope");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body().get("title").asText()).isEqualTo("Bad Request");
    assertThat(
            rest.post(chat + "/messages", alice, "{\"msg_id\":\"m\",\"content\":\"" + BIG + "\"}")
                .status())
        .isEqualTo(413);
    assertThat(rest.get(chat + "/messages?limit=abc", alice).status()).isEqualTo(400);
    // ARABIC-INDIC DIGIT THREE: a digit to Long.parseLong, not to the protocol.
    assertThat(rest.get(chat + "/messages?cursor_seq=%D9%A3", alice).status()).isEqualTo(400);
    assertThat(rest.get(chat + "/messages?limit=+5", alice).status()).isEqualTo(400);
    assertThat(rest.post(chat + "/ack", alice, "{\"seq\":0} trailing").status()).isEqualTo(400);
    assertThat(rest.post(chat + "/ack", alice, "{\"seq\":0,\"seq\":1}").status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/conversations/dm:bob_bad:carol_bad/messages", alice).status())
        .isEqualTo(403);
    assertThat(rest.get("/api/v1/groups/none", alice).status()).isEqualTo(404);
    assertThat(rest.post("/api/v1/groups", alice, "{\"name\":\"\"}").status()).isEqualTo(400);
    assertThat(
            rest.post("/api/v1/groups", alice, "{\"name\":\"g\",\"members\":[\"nobody_bad\"]}")
                .status())
        .isEqualTo(404);
    assertThat(rest.get("/api/v1/nothing/here", alice).status()).isEqualTo(404);
    assertNothingStored();
  }

  @Test
  void registration_and_login_refuse_bad_credentials() {
    String register = "/api/v1/auth/register";
    assertThat(
            rest.post(register, null, "{\"username\":\"dave_bad\",\"password\":\"short\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            rest.post(register, null, "{\"username\":\"Dave Bad\",\"password\":\"long enough\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            rest.post(register, null, "{\"username\":\"dave_bad\",\"password\":12345678}").status())
        .isEqualTo(400);
    assertThat(
            rest.post(register, null, "{\"username\":\"alice_bad\",\"password\":\"long enough\"}")
                .status())
        .isEqualTo(409);
    var wrong =
        rest.post(
            "/api/v1/auth/login",
            null,
            "{\"username\":\"alice_bad\",\"password\":\"wrong-password\"}");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).isEqualTo("application/problem+json");
    assertThat(rest.post("/api/v1/auth/login", null, "{\"username\":\"alice_bad\"}").status())
        .isEqualTo(400);
  }

  private static void assertNothingStored() {
    var list = rest.get("/api/v1/conversations", alice);
    assertThat(list.body().get("conversations")).isEmpty();
  }

  private static int upgradeStatus(String path) throws Exception {
    try {
      HttpClient.newHttpClient()
          .newWebSocketBuilder()
          .buildAsync(
              URI.create("ws://127.0.0.1:" + node.port() + path), new WebSocket.Listener() {})
          .join();
      return 101;
    } catch (CompletionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        HttpResponse<?> response = refused.getResponse();
        return response.statusCode();
      }
      throw e;
    }
  }

  /** A token signed with the node's own key that expired a minute ago. */
  private static String expiredToken() {
    try {
      byte[] secret =
          Base64.getDecoder().decode(Files.readString(data.resolve("jwt.secret")).trim());
      Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
      return new JwtAccessTokens(secret, Duration.ofHours(1), past)
          .issue(UserId.of("alice_bad"))
          .token();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void a_token_of_another_server_is_refused() {
    byte[] otherSecret = "another-server-secret-32-bytes-long!".getBytes(StandardCharsets.UTF_8);
    String foreign =
        new JwtAccessTokens(otherSecret, Duration.ofHours(1), Clock.systemUTC())
            .issue(UserId.of("alice_bad"))
            .token();
    assertThat(rest.get("/api/v1/conversations", foreign).status()).isEqualTo(401);
    assertThatThrownBy(() -> ChatClient.connect(node.port(), foreign, "x"))
        .isInstanceOf(CompletionException.class);
  }
}
