package org.lynxim.domain.user;

/** Who may start a direct conversation with the user: anyone, or only friends. */
public enum DirectMessages {
  EVERYONE("everyone"),
  FRIENDS("friends");

  private final String wireName;

  DirectMessages(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The setting a client names, or {@link IllegalArgumentException} naming the field. */
  public static DirectMessages of(String value) {
    for (DirectMessages setting : values()) {
      if (setting.wireName.equals(value)) {
        return setting;
      }
    }
    throw new IllegalArgumentException("direct_messages must be everyone or friends");
  }
}
