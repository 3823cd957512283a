package org.lynxim.domain.group;

import java.util.Locale;

/**
 * What a member may do beyond chatting: the owner anything; admins add members, remove, mute and
 * recall plain members, and update the group; plain members send, leave and pull.
 */
public enum Role {
  OWNER,
  ADMIN,
  MEMBER;

  /** The protocol's name: {@code owner}, {@code admin} or {@code member}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A role a client names ({@code admin} or {@code member}: nobody is made owner this way). */
  public static Role assignable(String wireName) {
    return switch (wireName) {
      case "admin" -> ADMIN;
      case "member" -> MEMBER;
      default -> throw new IllegalArgumentException("role must be admin or member");
    };
  }
}
