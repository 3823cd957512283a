package org.lynxim.adapter.out.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.push.port.out.PushNotifier;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.push.Notification;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushPlatform;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/** The webhook against a real HTTP server on loopback that checks what the gateway would. */
class WebhookPushNotifierTest {
  private static final String SECRET = "the-webhook-secret";
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<Boolean> signatures = new CopyOnWriteArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private HttpServer gateway;

  private URI start(List<Integer> statuses, String answer) throws Exception {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/push",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          bodies.add(new String(body, StandardCharsets.UTF_8));
          signatures.add(
              ("sha256=" + hmac(body))
                  .equals(exchange.getRequestHeaders().getFirst("X-Lynx-Signature")));
          int call = calls.getAndIncrement();
          int status = statuses.get(Math.min(call, statuses.size() - 1));
          byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    gateway.start();
    return URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/push");
  }

  @AfterEach
  void stop() {
    gateway.stop(0);
  }

  private static String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Notification notification(String pushId) {
    return new Notification(
        pushId,
        UserId.of("bob"),
        Map.of(DeviceId.of("phone"), new PushToken(PushPlatform.APNS, "tok-1")),
        ConversationId.parse("dm:ann:bob"),
        Optional.of(7L),
        UserId.of("ann"),
        MsgType.TEXT,
        "héllo",
        3,
        1_790_000_000_000L);
  }

  private WebhookPushNotifier notifier(URI url, Duration retryFor) {
    return new WebhookPushNotifier(
        url,
        SECRET,
        Duration.ofSeconds(2),
        retryFor,
        Duration.ofMillis(50),
        retries::incrementAndGet);
  }

  @Test
  void a_signed_batch_is_retried_after_a_500_with_the_same_push_ids_until_a_200() throws Exception {
    URI url = start(List.of(500, 503, 200), "{\"rejected_tokens\":[\"tok-1\"]}");

    PushNotifier.Outcome outcome =
        notifier(url, Duration.ofSeconds(10))
            .notify(List.of(notification("m_1"), notification("m_2")));

    assertThat(outcome.taken()).isTrue();
    assertThat(outcome.rejectedTokens()).containsExactly("tok-1");
    assertThat(calls.get()).isEqualTo(3);
    assertThat(retries.get()).as("retries told to the metric").isEqualTo(2);
    assertThat(signatures).containsOnly(true);
    assertThat(bodies).containsOnly(bodies.getFirst());
    JsonNode sent = new ObjectMapper().readTree(bodies.getFirst()).get("notifications");
    assertThat(sent).hasSize(2);
    JsonNode first = sent.get(0);
    assertThat(first.get("push_id").asText()).isEqualTo("m_1");
    assertThat(first.get("user_id").asText()).isEqualTo("bob");
    assertThat(first.at("/devices/0/device_id").asText()).isEqualTo("phone");
    assertThat(first.at("/devices/0/platform").asText()).isEqualTo("apns");
    assertThat(first.at("/devices/0/token").asText()).isEqualTo("tok-1");
    assertThat(first.get("conversation_id").asText()).isEqualTo("dm:ann:bob");
    assertThat(first.get("seq").asLong()).isEqualTo(7);
    assertThat(first.get("sender_id").asText()).isEqualTo("ann");
    assertThat(first.get("msg_type").asInt()).isEqualTo(1);
    assertThat(first.get("preview").asText()).isEqualTo("héllo");
    assertThat(first.get("unread_total").asLong()).isEqualTo(3);
    assertThat(first.get("send_time").asLong()).isEqualTo(1_790_000_000_000L);
  }

  @Test
  void a_4xx_is_not_retried_and_a_gateway_that_stays_down_is_given_up_after_the_retry_time()
      throws Exception {
    URI url = start(List.of(400), "{\"rejected_tokens\":[\"tok-1\"]}");
    PushNotifier.Outcome refused =
        notifier(url, Duration.ofSeconds(10)).notify(List.of(notification("m_1")));
    assertThat(refused.taken()).isFalse();
    assertThat(refused.rejectedTokens()).containsExactly("tok-1");
    assertThat(calls.get()).isEqualTo(1);
    stop();

    URI down = start(List.of(502), "");
    calls.set(0);
    long started = System.nanoTime();
    PushNotifier.Outcome given =
        notifier(down, Duration.ofMillis(600)).notify(List.of(notification("m_1")));
    assertThat(given.taken()).isFalse();
    assertThat(calls.get()).isGreaterThan(2);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }
}
