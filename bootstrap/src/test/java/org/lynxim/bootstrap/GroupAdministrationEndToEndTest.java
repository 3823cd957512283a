package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Groups in 1.2 on the wire: an owner, an admin and a plain member each try every action; every
 * change is a system message pushed to all; dissolved groups answer 410.
 */
class GroupAdministrationEndToEndTest extends OneNodeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private record Trio(String group, String id, String owner, String admin, String member) {}

  private static Trio trio(String prefix) {
    String owner = rest.registerAndLogin(prefix + "_own");
    String admin = rest.registerAndLogin(prefix + "_adm");
    String member = rest.registerAndLogin(prefix + "_mem");
    JsonNode created =
        rest.post(
                "/api/v1/groups",
                owner,
                "{\"name\":\"admin test\",\"members\":[\""
                    + prefix
                    + "_adm\",\""
                    + prefix
                    + "_mem\"]}")
            .body();
    String id = created.get("group_id").asText();
    RestClient.Answer promoted =
        rest.call(
            "PATCH",
            "/api/v1/groups/" + id + "/members/" + prefix + "_adm",
            owner,
            "{\"role\":\"admin\"}");
    assertThat(promoted.status()).isEqualTo(200);
    assertThat(promoted.body().get("role").asText()).isEqualTo("admin");
    return new Trio(created.get("conversation_id").asText(), id, owner, admin, member);
  }

  private static int status(String method, String path, String token, String body) {
    return rest.call(method, path, token, body).status();
  }

  @Test
  void each_role_may_do_what_the_page_says_and_nothing_more() {
    Trio t = trio("ga");
    String groups = "/api/v1/groups/" + t.id();
    rest.registerAndLogin("ga_new1");
    rest.registerAndLogin("ga_new2");

    assertThat(status("POST", groups + "/members", t.member(), "{\"user_ids\":[\"ga_new1\"]}"))
        .isEqualTo(403);
    assertThat(status("POST", groups + "/members", t.admin(), "{\"user_ids\":[\"ga_new1\"]}"))
        .isEqualTo(200);
    assertThat(status("PATCH", groups, t.member(), "{\"announcement\":\"x\"}")).isEqualTo(403);
    assertThat(status("PATCH", groups, t.admin(), "{\"announcement\":\"read me\"}")).isEqualTo(200);
    assertThat(status("PATCH", groups + "/members/ga_mem", t.admin(), "{\"role\":\"admin\"}"))
        .as("roles: the owner alone")
        .isEqualTo(403);
    assertThat(
            status(
                "PATCH", groups + "/members/ga_own", t.admin(), "{\"muted_until\":9999999999999}"))
        .isEqualTo(403);
    assertThat(
            status(
                "PATCH", groups + "/members/ga_own", t.owner(), "{\"muted_until\":9999999999999}"))
        .as("the owner muting itself")
        .isEqualTo(400);
    assertThat(status("PATCH", groups + "/members/ga_mem", t.owner(), "{}")).isEqualTo(400);
    assertThat(status("DELETE", groups + "/members/ga_own", t.admin(), null)).isEqualTo(403);
    assertThat(status("DELETE", groups + "/members/ga_new1", t.member(), null)).isEqualTo(403);
    assertThat(status("DELETE", groups + "/members/ga_new1", t.admin(), null)).isEqualTo(200);
    assertThat(status("POST", groups + "/transfer", t.admin(), "{\"user_id\":\"ga_mem\"}"))
        .isEqualTo(403);
    assertThat(status("POST", groups + "/transfer", t.owner(), "{\"user_id\":\"ga_new2\"}"))
        .as("not a member")
        .isEqualTo(404);
    assertThat(status("POST", groups + "/transfer", t.owner(), "{\"user_id\":\"ga_own\"}"))
        .isEqualTo(400);
    assertThat(status("DELETE", groups, t.admin(), null)).isEqualTo(403);
    assertThat(status("POST", groups + "/join", rest.login("ga_new2"), null))
        .as("not joinable")
        .isEqualTo(403);

    JsonNode group = rest.get(groups, t.member()).body();
    assertThat(group.get("admins").get(0).asText()).isEqualTo("ga_adm");
    assertThat(group.get("announcement").asText()).isEqualTo("read me");
    assertThat(group.get("muted_all").asBoolean()).isFalse();
    assertThat(group.get("joinable").asBoolean()).isFalse();
    assertThat(group.get("dissolved").asBoolean()).isFalse();
    JsonNode members = rest.get(groups + "/members", t.member()).body().get("members");
    assertThat(members).hasSize(3);
    assertThat(members.get(0).get("role").asText()).isEqualTo("owner");
    assertThat(members.get(1).get("role").asText()).isEqualTo("admin");
    assertThat(members.get(2).get("joined_seq").asLong()).isZero();
    assertThat(members.get(2).get("muted_until").isNull()).isTrue();
  }

  @Test
  void changes_are_pushed_as_system_messages_and_mutes_stop_sends() throws Exception {
    Trio t = trio("gb");
    String groups = "/api/v1/groups/" + t.id();
    try (ChatClient ownerPhone = ChatClient.connect(node.port(), t.owner(), "phone");
        ChatClient memberPhone = ChatClient.connect(node.port(), t.member(), "phone")) {

      rest.call("PATCH", groups + "/members/gb_mem", t.admin(), "{\"muted_until\":9999999999999}");

      for (ChatClient device : new ChatClient[] {ownerPhone, memberPhone}) {
        JsonNode push = device.nextFrame(5, WAIT).get("payload");
        assertThat(push.get("msg_type").asInt()).isEqualTo(100);
        assertThat(push.get("sender_id").asText()).isEqualTo("gb_adm");
        assertThat(push.get("content").asText())
            .isEqualTo(
                "{\"event\":\"member_muted\",\"user_id\":\"gb_mem\",\"muted_until\":9999999999999}");
      }
      JsonNode refused = memberPhone.send(t.group(), "m1", "can I speak?");
      assertThat(refused.get("code").asInt()).isEqualTo(403);
      assertThat(refused.get("reason").asText()).isEqualTo("muted");

      rest.call("PATCH", groups + "/members/gb_mem", t.owner(), "{\"muted_until\":null}");
      rest.call("PATCH", groups, t.owner(), "{\"muted_all\":true}");
      JsonNode groupMuted = memberPhone.send(t.group(), "m1", "now?");
      assertThat(groupMuted.get("reason").asText()).isEqualTo("group_muted");
      assertThat(ownerPhone.send(t.group(), "o1", "owners may").get("code").asInt()).isZero();

      JsonNode line = rest.get("/api/v1/conversations", t.member()).body().at("/conversations/0");
      assertThat(line.get("unread").asLong()).as("system messages are not unread").isEqualTo(1);
      assertThat(line.get("last_message").get("content").asText()).isEqualTo("owners may");
    }
  }

  @Test
  void transfer_join_and_dissolve() {
    Trio t = trio("gc");
    String groups = "/api/v1/groups/" + t.id();
    String outsider = rest.registerAndLogin("gc_out");

    rest.call("PATCH", groups, t.owner(), "{\"joinable\":true}");
    JsonNode joined = rest.post(groups + "/join", outsider, null).body();
    JsonNode transferred =
        rest.post(groups + "/transfer", t.owner(), "{\"user_id\":\"gc_mem\"}").body();

    assertThat(joined.get("members")).hasSize(4);
    assertThat(transferred.get("owner").asText()).isEqualTo("gc_mem");
    assertThat(transferred.get("admins").toString()).contains("gc_own", "gc_adm");
    assertThat(rest.get("/api/v1/groups", outsider).body().at("/groups/0/group_id").asText())
        .isEqualTo(t.id());

    RestClient.Answer dissolved = rest.call("DELETE", groups, t.member(), null);

    assertThat(dissolved.status()).isEqualTo(200);
    assertThat(dissolved.body().get("dissolved").asBoolean()).isTrue();
    RestClient.Answer gone = rest.call("GET", groups, t.owner(), null);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.body().get("reason").asText()).isEqualTo("group_dissolved");
    assertThat(
            rest.post(
                    "/api/v1/conversations/" + t.group() + "/messages",
                    t.owner(),
                    "{\"msg_id\":\"late\",\"content\":\"hello?\"}")
                .status())
        .isEqualTo(410);
    assertThat(status("DELETE", "/api/v1/conversations/" + t.group(), t.owner(), null))
        .isEqualTo(410);
    assertThat(status("POST", groups + "/join", rest.registerAndLogin("gc_late"), null))
        .isEqualTo(410);
    assertThat(status("GET", groups, rest.login("gc_late"), null)).as("403 first").isEqualTo(403);
    assertThat(rest.pullAll(t.group(), t.owner()))
        .last()
        .satisfies(
            message ->
                assertThat(message.get("content").asText())
                    .isEqualTo("{\"event\":\"group_dissolved\"}"));
    JsonNode line = rest.get("/api/v1/conversations", t.owner()).body().at("/conversations/0");
    assertThat(line.get("dissolved").asBoolean()).isTrue();
    assertThat(rest.get("/api/v1/groups", t.owner()).body().at("/groups/0/dissolved").asBoolean())
        .isTrue();
  }

  @Test
  void clients_may_not_send_server_made_types() {
    Trio t = trio("gd");
    RestClient.Answer system =
        rest.post(
            "/api/v1/conversations/" + t.group() + "/messages",
            t.owner(),
            "{\"msg_id\":\"s1\",\"content\":\"{}\",\"msg_type\":100}");
    assertThat(system.status()).isEqualTo(400);
    assertThat(
            rest.post(
                    "/api/v1/conversations/" + t.group() + "/messages",
                    t.owner(),
                    "{\"msg_id\":\"c1\",\"content\":\"{}\",\"msg_type\":8}")
                .status())
        .isEqualTo(400);
  }
}
