package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caller's devices: online now or reachable by a push token (PROTOCOL.md 1.2). */
class DevicesEndToEndTest extends OneNodeTest {

  @Test
  void devices_online_or_with_a_push_token_are_listed_and_tokens_come_and_go() {
    String ivy = rest.registerAndLogin("ivy_devices");
    try (ChatClient phone = ChatClient.connect(node.port(), ivy, "phone")) {
      assertThat(phone.heartbeat().get("code").asInt()).isZero();
      JsonNode set =
          rest.call(
                  "PUT",
                  "/api/v1/devices/tablet/push",
                  ivy,
                  "{\"platform\":\"fcm\",\"token\":\"tok-tablet\"}")
              .body();
      rest.call(
          "PUT", "/api/v1/devices/phone/push", ivy, "{\"platform\":\"apns\",\"token\":\"tok-1\"}");
      rest.call(
          "PUT", "/api/v1/devices/phone/push", ivy, "{\"platform\":\"apns\",\"token\":\"tok-2\"}");

      JsonNode devices = rest.get("/api/v1/devices", ivy).body().get("devices");
      List<String> ids = new ArrayList<>();
      devices.forEach(device -> ids.add(device.get("device_id").asText()));

      assertThat(set.get("device_id").asText()).isEqualTo("tablet");
      assertThat(set.get("online").asBoolean()).isFalse();
      assertThat(set.get("connected_at").isNull()).isTrue();
      assertThat(ids).containsExactly("phone", "tablet");
      JsonNode onPhone = devices.get(0);
      assertThat(onPhone.get("online").asBoolean()).isTrue();
      assertThat(onPhone.get("connected_at").asLong()).isPositive();
      assertThat(onPhone.get("push").get("platform").asText()).isEqualTo("apns");
      assertThat(onPhone.get("push").get("token").asText()).isEqualTo("tok-2");
      assertThat(devices.get(1).get("push").get("token").asText()).isEqualTo("tok-tablet");

      assertThat(rest.call("DELETE", "/api/v1/devices/tablet/push", ivy, null).status())
          .isEqualTo(204);
      JsonNode after = rest.get("/api/v1/devices", ivy).body().get("devices");
      assertThat(after).hasSize(1);
      assertThat(after.get(0).get("device_id").asText()).isEqualTo("phone");
    }
  }

  @Test
  void a_bad_platform_token_or_device_is_a_400_and_stores_nothing() {
    String jon = rest.registerAndLogin("jon_devices");
    String path = "/api/v1/devices/tablet/push";

    assertThat(rest.call("PUT", path, jon, "{\"platform\":\"sms\",\"token\":\"t\"}").status())
        .isEqualTo(400);
    assertThat(rest.call("PUT", path, jon, "{\"platform\":\"fcm\",\"token\":\"\"}").status())
        .isEqualTo(400);
    assertThat(
            rest.call(
                    "PUT",
                    path,
                    jon,
                    "{\"platform\":\"fcm\",\"token\":\"" + "x".repeat(4097) + "\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            rest.call(
                    "PUT",
                    "/api/v1/devices/bad%20id/push",
                    jon,
                    "{\"platform\":\"fcm\",\"token\":\"t\"}")
                .status())
        .isEqualTo(400);
    assertThat(rest.get("/api/v1/devices", jon).body().get("devices")).isEmpty();
  }
}
