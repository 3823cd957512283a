package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Profiles and the caller's own settings (PROTOCOL.md 1.2), with the notice to every device. */
class ProfilesAndSettingsEndToEndTest extends OneNodeTest {

  @Test
  void a_profile_is_read_by_anyone_and_changed_by_its_user() {
    String eve = rest.registerAndLogin("eve_profile");
    String fay = rest.registerAndLogin("fay_profile");

    assertThat(rest.get("/api/v1/users/eve_profile", fay).body().get("nickname").isNull()).isTrue();
    JsonNode changed =
        rest.call("PATCH", "/api/v1/users/me", eve, "{\"nickname\":\"Eve E.\"}").body();
    JsonNode seen = rest.get("/api/v1/users/eve_profile", fay).body();
    JsonNode cleared = rest.call("PATCH", "/api/v1/users/me", eve, "{\"nickname\":null}").body();

    assertThat(changed.get("nickname").asText()).isEqualTo("Eve E.");
    assertThat(seen.get("user_id").asText()).isEqualTo("eve_profile");
    assertThat(seen.get("nickname").asText()).isEqualTo("Eve E.");
    assertThat(seen.get("avatar_file_id").isNull()).isTrue();
    assertThat(cleared.get("nickname").isNull()).isTrue();
    assertThat(rest.get("/api/v1/users/me", eve).body().get("user_id").asText())
        .isEqualTo("eve_profile");
    assertThat(rest.get("/api/v1/users/nobody_profile", fay).status()).isEqualTo(404);
    assertThat(rest.call("PATCH", "/api/v1/users/me", eve, "{\"nickname\":7}").status())
        .isEqualTo(400);
    assertThat(rest.call("PATCH", "/api/v1/users/me", eve, "{\"avatar_file_id\":\"f_1\"}").status())
        .as("no file can be named until files exist")
        .isEqualTo(400);
  }

  @Test
  void changed_settings_are_answered_whole_and_told_to_every_device_of_the_user() throws Exception {
    String gil = rest.registerAndLogin("gil_settings");
    JsonNode defaults = rest.get("/api/v1/users/me/settings", gil).body();
    try (ChatClient phone = ChatClient.connect(node.port(), gil, "phone");
        ChatClient laptop = ChatClient.connect(node.port(), gil, "laptop")) {
      assertThat(laptop.heartbeat().get("code").asInt()).isZero();

      JsonNode changed =
          rest.call(
                  "PATCH",
                  "/api/v1/users/me/settings",
                  gil,
                  "{\"direct_messages\":\"friends\",\"push_preview\":false}")
              .body();

      for (ChatClient device : new ChatClient[] {phone, laptop}) {
        JsonNode notice = device.nextFrame(7, Duration.ofSeconds(5));
        assertThat(notice.get("type").asText()).isEqualTo("settings_changed");
        assertThat(notice.get("direct_messages").asText()).isEqualTo("friends");
        assertThat(notice.get("read_receipts").asBoolean()).isTrue();
        assertThat(notice.get("push_preview").asBoolean()).isFalse();
      }
      assertThat(changed.get("direct_messages").asText()).isEqualTo("friends");
      assertThat(changed.get("read_receipts").asBoolean()).isTrue();
      assertThat(changed.get("push_preview").asBoolean()).isFalse();
    }
    assertThat(defaults.get("direct_messages").asText()).isEqualTo("everyone");
    assertThat(defaults.get("read_receipts").asBoolean()).isTrue();
    assertThat(defaults.get("push_preview").asBoolean()).isTrue();
  }

  @Test
  void a_bad_setting_is_a_400_and_changes_nothing() {
    String hal = rest.registerAndLogin("hal_settings");

    assertThat(
            rest.call(
                    "PATCH",
                    "/api/v1/users/me/settings",
                    hal,
                    "{\"direct_messages\":\"nobody\",\"read_receipts\":false}")
                .status())
        .isEqualTo(400);
    assertThat(
            rest.call("PATCH", "/api/v1/users/me/settings", hal, "{\"read_receipts\":\"no\"}")
                .status())
        .isEqualTo(400);
    assertThat(rest.get("/api/v1/users/me/settings", hal).body().get("read_receipts").asBoolean())
        .isTrue();
  }
}
