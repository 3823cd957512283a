package org.lynxim.domain.group;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MsgType;

/**
 * Large groups (PROTOCOL.md 1.2, "Large groups: storm control"): past {@code members} members a
 * message is pushed only to the devices that have the group in focus; every other online device of
 * a member gets at most one "new messages" notice (cmd 8) per group per second, the first at once.
 * System messages about members reach nobody there (they are pulled like the rest).
 */
public record StormControl(int members) {
  /** The least time between two notices of one group to one device. */
  public static final Duration NOTICE_GAP = Duration.ofSeconds(1);

  private static final Set<String> MEMBER_EVENTS =
      Set.of(
          "member_added",
          "member_joined",
          "member_removed",
          "member_left",
          "role_changed",
          "member_muted",
          "owner_transferred");

  public StormControl {
    if (members < 1) {
      throw new IllegalArgumentException("storm control starts at 1 member or more");
    }
  }

  /** Whether a group of {@code groupMembers} is under storm control. */
  public boolean applies(int groupMembers) {
    return groupMembers > members;
  }

  /** Whether the message reaches any device in a group under storm control. */
  public static boolean reachesDevices(Message message) {
    if (message.type() != MsgType.SYSTEM) {
      return true;
    }
    String content = message.content().text();
    // The system message's content starts {"event":"<name>" (SystemEvent writes event first).
    int start = content.indexOf("\"event\":\"");
    if (start < 0) {
      return true;
    }
    int from = start + 9;
    int end = content.indexOf('"', from);
    return end < 0 || !MEMBER_EVENTS.contains(content.substring(from, end));
  }

  /**
   * When a device may get the next notice of a group, given when it got the last one: at once after
   * none, or a second after the last.
   */
  public static Instant nextNotice(Optional<Instant> lastNotice, Instant now) {
    return lastNotice
        .map(last -> last.plus(NOTICE_GAP))
        .filter(next -> next.isAfter(now))
        .orElse(now);
  }
}
