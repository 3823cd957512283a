package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Friends (PROTOCOL.md 1.2): requests, answers, the list, remarks, and what ends a friendship. */
class FriendsEndToEndTest extends OneNodeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private static void expectNotice(ChatClient device, String type, String key, String value) {
    JsonNode notice = device.nextFrame(7, WAIT);
    assertThat(notice.get("type").asText()).isEqualTo(type);
    assertThat(notice.at(key).asText()).as(type + " " + key).isEqualTo(value);
  }

  @Test
  void a_request_accepted_makes_friends_and_every_device_of_both_hears_it() throws Exception {
    String ada = rest.registerAndLogin("ada_friend");
    String ben = rest.registerAndLogin("ben_friend");
    try (ChatClient adaPhone = ChatClient.connect(node.port(), ada, "phone");
        ChatClient benPhone = ChatClient.connect(node.port(), ben, "phone");
        ChatClient benLaptop = ChatClient.connect(node.port(), ben, "laptop")) {

      RestClient.Answer asked =
          rest.post(
              "/api/v1/friends/requests",
              ada,
              "{\"user_id\":\"ben_friend\",\"message\":\"hi \u00e9\"}");
      RestClient.Answer askedAgain =
          rest.post(
              "/api/v1/friends/requests", ada, "{\"user_id\":\"ben_friend\",\"message\":\"2\"}");

      assertThat(asked.status()).isEqualTo(201);
      String id = asked.body().get("request_id").asText();
      assertThat(asked.body().get("from").asText()).isEqualTo("ada_friend");
      assertThat(asked.body().get("to").asText()).isEqualTo("ben_friend");
      assertThat(asked.body().get("message").asText()).isEqualTo("hi \u00e9");
      assertThat(asked.body().get("status").asText()).isEqualTo("pending");
      assertThat(asked.body().get("created_at").asLong()).isPositive();
      assertThat(askedAgain.status()).isEqualTo(200);
      assertThat(askedAgain.body()).isEqualTo(asked.body());
      for (ChatClient device : new ChatClient[] {benPhone, benLaptop}) {
        expectNotice(device, "friend_request", "/request/request_id", id);
      }
      assertThatThrownBy(() -> benLaptop.nextFrame(7, Duration.ofMillis(300)))
          .as("asking again tells nobody")
          .isInstanceOf(AssertionError.class);
      assertThat(rest.get("/api/v1/friends/requests", ben).body().get("requests").get(0))
          .isEqualTo(asked.body());
      assertThat(
              rest.get("/api/v1/friends/requests?direction=outgoing", ada).body().get("requests"))
          .hasSize(1);
      assertThat(rest.post("/api/v1/friends/requests/" + id + "/accept", ada, null).status())
          .as("only the addressee answers")
          .isEqualTo(404);

      RestClient.Answer accepted =
          rest.post("/api/v1/friends/requests/" + id + "/accept", ben, null);

      assertThat(accepted.status()).isEqualTo(200);
      assertThat(accepted.body().get("status").asText()).isEqualTo("accepted");
      expectNotice(adaPhone, "friend_request_answered", "/request/status", "accepted");
      expectNotice(adaPhone, "friend_added", "/user_id", "ben_friend");
      expectNotice(benPhone, "friend_added", "/user_id", "ada_friend");
      expectNotice(benLaptop, "friend_added", "/user_id", "ada_friend");
      RestClient.Answer late = rest.post("/api/v1/friends/requests/" + id + "/reject", ben, null);
      assertThat(late.status()).isEqualTo(409);
      assertThat(late.body().get("reason").asText()).isEqualTo("not_pending");
      JsonNode friend = rest.get("/api/v1/friends", ada).body().get("friends").get(0);
      assertThat(friend.get("user_id").asText()).isEqualTo("ben_friend");
      assertThat(friend.get("remark").isNull()).isTrue();
      assertThat(friend.get("since").asLong()).isPositive();
      RestClient.Answer again =
          rest.post("/api/v1/friends/requests", ben, "{\"user_id\":\"ada_friend\"}");
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.body().get("reason").asText()).isEqualTo("already_friends");

      RestClient.Answer remarked =
          rest.call("PATCH", "/api/v1/friends/ben_friend", ada, "{\"remark\":\"Benny\"}");
      assertThat(remarked.body().get("remark").asText()).isEqualTo("Benny");
      assertThat(
              rest.get("/api/v1/friends", ben).body().get("friends").get(0).get("remark").isNull())
          .as("a remark is private to its author")
          .isTrue();

      assertThat(rest.call("DELETE", "/api/v1/friends/ada_friend", ben, null).status())
          .isEqualTo(204);
      expectNotice(benPhone, "friend_removed", "/user_id", "ada_friend");
      expectNotice(adaPhone, "friend_removed", "/user_id", "ben_friend");
      assertThat(rest.get("/api/v1/friends", ada).body().get("friends")).isEmpty();
      assertThat(rest.call("DELETE", "/api/v1/friends/ada_friend", ben, null).status())
          .isEqualTo(404);
    }
  }

  @Test
  void asking_someone_who_asked_first_makes_friends_at_once() throws Exception {
    String cal = rest.registerAndLogin("cal_friend");
    String dee = rest.registerAndLogin("dee_friend");
    try (ChatClient calPhone = ChatClient.connect(node.port(), cal, "phone")) {
      String id =
          rest.post("/api/v1/friends/requests", cal, "{\"user_id\":\"dee_friend\"}")
              .body()
              .get("request_id")
              .asText();

      RestClient.Answer crossed =
          rest.post("/api/v1/friends/requests", dee, "{\"user_id\":\"cal_friend\"}");

      assertThat(crossed.status()).isEqualTo(200);
      assertThat(crossed.body().get("request_id").asText()).isEqualTo(id);
      assertThat(crossed.body().get("status").asText()).isEqualTo("accepted");
      assertThat(crossed.body().get("message").isNull()).isTrue();
      expectNotice(calPhone, "friend_request_answered", "/request/request_id", id);
      expectNotice(calPhone, "friend_added", "/user_id", "dee_friend");
      assertThat(
              rest.get("/api/v1/friends", dee).body().get("friends").get(0).get("user_id").asText())
          .isEqualTo("cal_friend");
    }
  }

  @Test
  void friends_only_direct_messages_and_a_block_that_ends_a_friendship() throws Exception {
    String eve = rest.registerAndLogin("eve_friend");
    String fay = rest.registerAndLogin("fay_friend");
    String gus = rest.registerAndLogin("gus_friend");
    String chat = "dm:eve_friend:fay_friend";
    try (ChatClient evePhone = ChatClient.connect(node.port(), eve, "phone");
        ChatClient fayPhone = ChatClient.connect(node.port(), fay, "phone")) {
      rest.call("PATCH", "/api/v1/users/me/settings", fay, "{\"direct_messages\":\"friends\"}");
      fayPhone.nextFrame(7, WAIT);

      var refused = evePhone.send(chat, "e1", "hello stranger");
      assertThat(refused.get("code").asInt()).isEqualTo(403);
      assertThat(refused.get("reason").asText()).isEqualTo("not_friends");
      assertThat(rest.pullAll(chat, eve)).as("nothing stored").isEmpty();

      String id =
          rest.post("/api/v1/friends/requests", eve, "{\"user_id\":\"fay_friend\"}")
              .body()
              .get("request_id")
              .asText();
      rest.post("/api/v1/friends/requests/" + id + "/accept", fay, null);
      assertThat(evePhone.send(chat, "e1", "hello friend").get("code").asInt()).isZero();
      rest.post("/api/v1/friends/requests", gus, "{\"user_id\":\"fay_friend\"}");
      expectNotice(fayPhone, "friend_request", "/request/from", "eve_friend");
      expectNotice(fayPhone, "friend_added", "/user_id", "eve_friend");
      expectNotice(fayPhone, "friend_request", "/request/from", "gus_friend");
      expectNotice(evePhone, "friend_request_answered", "/request/status", "accepted");
      expectNotice(evePhone, "friend_added", "/user_id", "fay_friend");

      rest.call("PUT", "/api/v1/blocks/eve_friend", fay, null);
      rest.call("PUT", "/api/v1/blocks/gus_friend", fay, null);

      expectNotice(fayPhone, "block_changed", "/user_id", "eve_friend");
      expectNotice(fayPhone, "friend_removed", "/user_id", "eve_friend");
      expectNotice(evePhone, "friend_removed", "/user_id", "fay_friend");
      assertThat(rest.get("/api/v1/friends", eve).body().get("friends")).isEmpty();
      assertThat(rest.get("/api/v1/friends/requests", fay).body().get("requests"))
          .as("the pending request from gus was rejected silently")
          .isEmpty();
      RestClient.Answer blocked =
          rest.post("/api/v1/friends/requests", eve, "{\"user_id\":\"fay_friend\"}");
      assertThat(blocked.status()).isEqualTo(403);
      assertThat(blocked.body().get("reason").asText()).isEqualTo("blocked");
    }
  }

  @Test
  void bad_input_gets_its_code_and_changes_nothing() {
    String hal = rest.registerAndLogin("hal_friend");
    rest.registerAndLogin("ivy_friend");

    assertThat(rest.post("/api/v1/friends/requests", hal, "{\"user_id\":\"hal_friend\"}").status())
        .isEqualTo(400);
    assertThat(rest.post("/api/v1/friends/requests", hal, "{\"user_id\":\"nobody_fr\"}").status())
        .isEqualTo(404);
    assertThat(rest.post("/api/v1/friends/requests", hal, "{\"user_id\":\"Bad Id\"}").status())
        .isEqualTo(400);
    assertThat(rest.post("/api/v1/friends/requests", hal, "{\"user_id\":7}").status())
        .isEqualTo(400);
    assertThat(
            rest.post(
                    "/api/v1/friends/requests",
                    hal,
                    "{\"user_id\":\"ivy_friend\",\"message\":\"" + "m".repeat(257) + "\"}")
                .status())
        .isEqualTo(400);
    assertThat(rest.get("/api/v1/friends/requests?direction=sideways", hal).status())
        .isEqualTo(400);
    assertThat(rest.post("/api/v1/friends/requests/nope/accept", hal, null).status())
        .isEqualTo(404);
    assertThat(rest.call("PATCH", "/api/v1/friends/ivy_friend", hal, "{\"remark\":\"x\"}").status())
        .isEqualTo(404);
    assertThat(
            rest.call(
                    "PATCH",
                    "/api/v1/friends/ivy_friend",
                    hal,
                    "{\"remark\":\"" + "r".repeat(65) + "\"}")
                .status())
        .isEqualTo(400);
    assertThat(rest.call("PATCH", "/api/v1/friends/ivy_friend", hal, "{}").status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/friends/requests?direction=outgoing", hal).body().get("requests"))
        .isEmpty();
  }
}
