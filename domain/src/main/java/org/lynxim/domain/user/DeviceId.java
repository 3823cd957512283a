package org.lynxim.domain.user;

import java.util.regex.Pattern;
import org.lynxim.domain.Validation;

/** One of a user's devices, chosen by the client when it connects. */
public record DeviceId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  public static final DeviceId DEFAULT = new DeviceId("default");

  public DeviceId {
    Validation.requireMatch(value, FORM, "device_id");
  }

  public static DeviceId of(String value) {
    return new DeviceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
