package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presence (cmd 23 and the query) between friends, on a node with a one-second grace. */
class PresenceEndToEndTest {
  private static final Duration GRACE = Duration.ofSeconds(1);

  @TempDir static Path data;
  static LynxServer node;
  static RestClient rest;

  @BeforeAll
  static void startNode() {
    node = TestNode.start(data, Map.of("lynx.presence.grace", GRACE.toString()));
    rest = new RestClient(node.port());
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }

  private static void befriend(String from, String fromToken, String to, String toToken) {
    String id =
        rest.post("/api/v1/friends/requests", fromToken, "{\"user_id\":\"" + to + "\"}")
            .body()
            .get("request_id")
            .asText();
    rest.post("/api/v1/friends/requests/" + id + "/accept", toToken, null);
  }

  private static boolean hears(ChatClient device, Duration wait) {
    try {
      device.nextFrame(23, wait);
      return true;
    } catch (AssertionError none) {
      return false;
    }
  }

  @Test
  void friends_hear_the_first_device_come_and_the_last_go() {
    String ada = rest.registerAndLogin("ada_presence");
    String bea = rest.registerAndLogin("bea_presence");
    String cid = rest.registerAndLogin("cid_presence");
    befriend("ada_presence", ada, "bea_presence", bea);
    try (ChatClient beaPhone = ChatClient.connect(node.port(), bea, "phone");
        ChatClient cidPhone = ChatClient.connect(node.port(), cid, "phone")) {
      JsonNode never = rest.get("/api/v1/presence?user_ids=ada_presence", bea).body();
      assertThat(never.at("/presence/0/online").asBoolean()).isFalse();
      assertThat(never.at("/presence/0/last_seen").isNull()).as("never seen").isTrue();

      ChatClient adaPhone = ChatClient.connect(node.port(), ada, "phone");
      JsonNode online = beaPhone.nextFrame(23, Duration.ofSeconds(5));
      ChatClient adaLaptop = ChatClient.connect(node.port(), ada, "laptop");
      assertThat(hears(beaPhone, Duration.ofMillis(300))).as("a second device: nothing").isFalse();
      adaPhone.close();
      assertThat(hears(beaPhone, GRACE.plusMillis(500))).as("one device left: online").isFalse();
      long before = System.currentTimeMillis();
      adaLaptop.close();
      JsonNode offline = beaPhone.nextFrame(23, Duration.ofSeconds(5));

      assertThat(online.get("user_id").asText()).isEqualTo("ada_presence");
      assertThat(online.get("online").asBoolean()).isTrue();
      assertThat(online.has("last_seen")).isTrue();
      assertThat(online.get("last_seen").isNull()).isTrue();
      assertThat(offline.get("online").asBoolean()).isFalse();
      assertThat(offline.get("last_seen").asLong()).isBetween(before - 1000, before + 2000);
      assertThat(hears(cidPhone, Duration.ofMillis(200))).as("not a friend").isFalse();
      JsonNode asked =
          rest.get("/api/v1/presence?user_ids=ada_presence,bea_presence,ada_presence", bea)
              .body()
              .get("presence");
      assertThat(asked).hasSize(3);
      assertThat(asked.get(0).get("last_seen").asLong())
          .isEqualTo(offline.get("last_seen").asLong());
      assertThat(asked.get(1).get("user_id").asText()).isEqualTo("bea_presence");
      assertThat(asked.get(1).get("online").asBoolean()).isTrue();
      assertThat(asked.get(2)).isEqualTo(asked.get(0));
    }
  }

  @Test
  void a_quick_reconnect_makes_no_noise() {
    String dot = rest.registerAndLogin("dot_presence");
    String eli = rest.registerAndLogin("eli_presence");
    befriend("dot_presence", dot, "eli_presence", eli);
    try (ChatClient eliPhone = ChatClient.connect(node.port(), eli, "phone");
        ChatClient dotFirst = ChatClient.connect(node.port(), dot, "phone")) {
      eliPhone.nextFrame(23, Duration.ofSeconds(5));

      dotFirst.close();
      try (ChatClient dotAgain = ChatClient.connect(node.port(), dot, "phone")) {
        assertThat(dotAgain.heartbeat().get("code").asInt()).isZero();
        assertThat(hears(eliPhone, GRACE.multipliedBy(2))).isFalse();
      }
    }
  }

  @Test
  void the_query_refuses_strangers_and_bad_lists() {
    String fay = rest.registerAndLogin("fay_presence");
    rest.registerAndLogin("gil_presence");

    JsonNode stranger = rest.get("/api/v1/presence?user_ids=gil_presence", fay).body();
    assertThat(rest.get("/api/v1/presence?user_ids=gil_presence", fay).status()).isEqualTo(403);
    assertThat(stranger.get("reason").asText()).isEqualTo("not_friends");
    assertThat(rest.get("/api/v1/presence?user_ids=nobody_here", fay).status()).isEqualTo(403);
    assertThat(rest.get("/api/v1/presence?user_ids=fay_presence", fay).status()).isEqualTo(200);
    assertThat(rest.get("/api/v1/presence?user_ids=Bad!", fay).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/presence?user_ids=", fay).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/presence", fay).status()).isEqualTo(400);
    assertThat(
            rest.get(
                    "/api/v1/presence?user_ids=" + "fay_presence,".repeat(100) + "fay_presence",
                    fay)
                .status())
        .isEqualTo(400);
  }
}
