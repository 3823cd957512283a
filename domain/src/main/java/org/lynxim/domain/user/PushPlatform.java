package org.lynxim.domain.user;

/** Which push service a device's token belongs to. */
public enum PushPlatform {
  APNS("apns"),
  FCM("fcm"),
  WEBPUSH("webpush"),
  OTHER("other");

  private final String wireName;

  PushPlatform(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static PushPlatform of(String value) {
    for (PushPlatform platform : values()) {
      if (platform.wireName.equals(value)) {
        return platform;
      }
    }
    throw new IllegalArgumentException("platform must be apns, fcm, webpush or other");
  }
}
