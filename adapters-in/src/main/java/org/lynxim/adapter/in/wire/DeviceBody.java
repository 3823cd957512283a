package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.user.DeviceStatus;

/**
 * One of the caller's devices: online now or not, since when (epoch ms, null when offline), and its
 * push token (null when none).
 */
public record DeviceBody(String deviceId, boolean online, Long connectedAt, Push push) {

  /** Where the device is reached when offline. */
  public record Push(String platform, String token) {}

  public static DeviceBody from(DeviceStatus device) {
    return new DeviceBody(
        device.device().value(),
        device.online(),
        device.connectedAt().map(at -> at.toEpochMilli()).orElse(null),
        device.push().map(push -> new Push(push.platform().wireName(), push.token())).orElse(null));
  }

  /** {@code GET /api/v1/devices}. */
  public record Devices(List<DeviceBody> devices) {
    public static Devices from(List<DeviceStatus> devices) {
      return new Devices(devices.stream().map(DeviceBody::from).toList());
    }
  }
}
