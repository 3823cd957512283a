package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls (cmd 17, 25) with real WebSocket clients on the embedded node. */
class CallsEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @TempDir static Path data;
  static LynxServer node;
  static RestClient rest;

  @BeforeAll
  static void startNode() {
    node =
        TestNode.start(
            data,
            Map.of(
                "lynx.calls.ring.timeout", "PT2S",
                "lynx.calls.stun.urls", "stun:stun.example.org:3478",
                "lynx.calls.turn.urls",
                    "turn:turn.example.org:3478?transport=udp,turns:turn.example.org:5349",
                "lynx.calls.turn.secret", "a-shared-turn-secret",
                "lynx.calls.turn.ttl", "PT2H"));
    rest = new RestClient(node.port());
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }

  static ObjectNode call(String action, String callId) {
    ObjectNode frame = JsonNodeFactory.instance.objectNode().put("cmd", 17).put("action", action);
    return callId == null ? frame : frame.put("call_id", callId);
  }

  static ObjectNode invite(String chat, String media) {
    return call("invite", null)
        .put("conversation_id", chat)
        .put("media", media)
        .put("sdp", "v=0 o");
  }

  @Test
  void a_full_call_rings_every_device_connects_one_and_leaves_its_log() throws Exception {
    String amy = rest.registerAndLogin("amy_call");
    String ben = rest.registerAndLogin("ben_call");
    String chat = "dm:amy_call:ben_call";
    try (ChatClient amyPhone = ChatClient.connect(node.port(), amy, "phone");
        ChatClient benPhone = ChatClient.connect(node.port(), ben, "phone");
        ChatClient benLaptop = ChatClient.connect(node.port(), ben, "laptop")) {
      ObjectNode invited = amyPhone.request(invite(chat, "video"));
      assertThat(invited.get("code").asInt()).isZero();
      assertThat(invited.get("action").asText()).isEqualTo("invite");
      String id = invited.get("call_id").asText();
      for (ChatClient callee : List.of(benPhone, benLaptop)) {
        JsonNode ring = callee.nextFrame(25, WAIT);
        assertThat(ring.get("action").asText()).isEqualTo("invite");
        assertThat(ring.get("call_id").asText()).isEqualTo(id);
        assertThat(ring.get("from").asText()).isEqualTo("amy_call");
        assertThat(ring.get("from_device").asText()).isEqualTo("phone");
        assertThat(ring.get("media").asText()).isEqualTo("video");
        assertThat(ring.get("sdp").asText()).isEqualTo("v=0 o");
        assertThat(ring.get("conversation_id").asText()).isEqualTo(chat);
      }

      assertThat(benLaptop.request(call("ringing", id)).get("code").asInt()).isZero();
      assertThat(amyPhone.nextFrame(25, WAIT).get("action").asText()).isEqualTo("ringing");
      assertThat(benPhone.request(call("accept", id).put("sdp", "v=0 a")).get("code").asInt())
          .isZero();
      JsonNode accepted = amyPhone.nextFrame(25, WAIT);
      assertThat(accepted.get("action").asText()).isEqualTo("accept");
      assertThat(accepted.get("sdp").asText()).isEqualTo("v=0 a");
      assertThat(benLaptop.nextFrame(25, WAIT).get("action").asText())
          .isEqualTo("answered_elsewhere");
      ObjectNode second = benLaptop.request(call("accept", id));
      assertThat(second.get("code").asInt()).isEqualTo(409);
      assertThat(second.get("reason").asText()).isEqualTo("answered_elsewhere");

      ObjectNode candidate = call("candidate", id);
      candidate
          .putObject("candidate")
          .put("candidate", "candidate:1 1 udp 2122260223 10.0.0.1 5000 typ host")
          .put("sdpMid", "0")
          .put("sdpMLineIndex", 0);
      assertThat(amyPhone.request(candidate).get("code").asInt()).isZero();
      JsonNode relayed = benPhone.nextFrame(25, WAIT);
      assertThat(relayed.get("action").asText()).isEqualTo("candidate");
      assertThat(relayed.at("/candidate/sdpMid").asText()).isEqualTo("0");
      assertThat(relayed.at("/candidate/sdpMLineIndex").asInt()).isZero();
      assertThat(benLaptop.request(call("answer", id).put("sdp", "x")).get("code").asInt())
          .as("the device that did not answer is out of the call")
          .isEqualTo(403);
      assertThat(benPhone.request(call("answer", id).put("sdp", "v=0 b")).get("code").asInt())
          .isZero();
      assertThat(amyPhone.nextFrame(25, WAIT).get("sdp").asText()).isEqualTo("v=0 b");

      assertThat(amyPhone.request(call("hangup", id)).get("code").asInt()).isZero();
      assertThat(benPhone.nextFrame(25, WAIT).get("action").asText()).isEqualTo("hangup");
      JsonNode log = benPhone.nextFrame(5, WAIT).get("payload");
      assertThat(log.get("msg_type").asInt()).isEqualTo(8);
      assertThat(log.get("sender_id").asText()).isEqualTo("amy_call");
      JsonNode content = ChatClient.JSON.readTree(log.get("content").asText());
      assertThat(content.get("call_id").asText()).isEqualTo(id);
      assertThat(content.get("result").asText()).isEqualTo("completed");
      assertThat(content.get("media").asText()).isEqualTo("video");
      assertThat(content.get("duration_ms").asLong()).isNotNegative();
      assertThat(rest.pullAll(chat, ben).getLast().get("msg_type").asInt()).isEqualTo(8);
      ObjectNode late = amyPhone.request(call("hangup", id));
      assertThat(late.get("code").asInt()).isEqualTo(409);
      assertThat(late.get("reason").asText()).isEqualTo("ended");
    }
  }

  @Test
  void an_unanswered_call_times_out_busy_is_refused_and_a_leaving_party_hangs_up() {
    String cy = rest.registerAndLogin("cy_call");
    String di = rest.registerAndLogin("di_call");
    String ed = rest.registerAndLogin("ed_call");
    try (ChatClient cyPhone = ChatClient.connect(node.port(), cy, "phone");
        ChatClient diPhone = ChatClient.connect(node.port(), di, "phone");
        ChatClient edPhone = ChatClient.connect(node.port(), ed, "phone")) {
      String id = cyPhone.request(invite("dm:cy_call:di_call", "audio")).get("call_id").asText();
      ObjectNode busy = edPhone.request(invite("dm:di_call:ed_call", "audio"));
      assertThat(busy.get("code").asInt()).isEqualTo(409);
      assertThat(busy.get("reason").asText()).isEqualTo("busy");
      assertThat(edPhone.request(call("accept", id)).get("code").asInt())
          .as("not its call")
          .isEqualTo(404);
      assertThat(cyPhone.request(invite("grp:nothing", "audio")).get("code").asInt())
          .isEqualTo(400);
      assertThat(cyPhone.request(call("dance", id)).get("code").asInt()).isEqualTo(400);

      JsonNode timeout = cyPhone.nextFrame(25, Duration.ofSeconds(10));
      while (!timeout.get("action").asText().equals("timeout")) {
        timeout = cyPhone.nextFrame(25, Duration.ofSeconds(10));
      }
      assertThat(timeout.get("from").isNull()).isTrue();
      assertThat(timeout.get("from_device").isNull()).isTrue();
      JsonNode missed = diPhone.nextFrame(5, WAIT).get("payload");
      assertThat(missed.get("content").asText()).contains("\"result\":\"missed\"");

      String again = edPhone.request(invite("dm:di_call:ed_call", "audio")).get("call_id").asText();
      assertThat(diPhone.request(call("accept", again)).get("code").asInt()).isZero();
      edPhone.close();
      JsonNode hungUp = diPhone.nextFrame(25, WAIT);
      while (!hungUp.get("action").asText().equals("hangup")) {
        hungUp = diPhone.nextFrame(25, WAIT);
      }
      assertThat(hungUp.get("from").asText()).isEqualTo("ed_call");
      assertThat(diPhone.nextFrame(5, WAIT).at("/payload/content").asText())
          .contains("\"result\":\"completed\"");
    }
  }

  @Test
  void ice_servers_give_stun_urls_and_time_limited_turn_credentials() throws Exception {
    String fay = rest.registerAndLogin("fay_call");
    JsonNode answer = rest.get("/api/v1/calls/ice-servers", fay).body();

    assertThat(answer.get("ttl").asLong()).isEqualTo(7200);
    JsonNode stun = answer.at("/ice_servers/0");
    assertThat(stun.get("urls").get(0).asText()).isEqualTo("stun:stun.example.org:3478");
    assertThat(stun.has("username")).isFalse();
    JsonNode turn = answer.at("/ice_servers/1");
    assertThat(turn.get("urls")).hasSize(2);
    String username = turn.get("username").asText();
    long expiry = Long.parseLong(username.substring(0, username.indexOf(':')));
    assertThat(username).endsWith(":fay_call");
    assertThat(expiry - System.currentTimeMillis() / 1000).isBetween(7100L, 7300L);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
    mac.init(new javax.crypto.spec.SecretKeySpec("a-shared-turn-secret".getBytes(), "HmacSHA1"));
    assertThat(turn.get("credential").asText())
        .isEqualTo(java.util.Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes())));
    assertThat(rest.get("/api/v1/calls/ice-servers", null).status()).isEqualTo(401);
  }
}
