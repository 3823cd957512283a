package org.lynxim.domain.group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.conversation.SystemEvent;
import org.lynxim.domain.user.UserId;

/** The changes to a group that its system messages tell (PROTOCOL.md, "System messages"). */
public sealed interface GroupEvent extends SystemEvent {

  /** Members were added (one message per call). */
  record MembersAdded(List<UserId> users) implements GroupEvent {
    public MembersAdded {
      users = List.copyOf(users);
    }

    public String name() {
      return "member_added";
    }

    public Map<String, Object> keys() {
      return Map.of("user_ids", ids(users));
    }
  }

  /** A user joined a joinable group. */
  record MemberJoined(UserId user) implements GroupEvent {
    public String name() {
      return "member_joined";
    }

    public Map<String, Object> keys() {
      return Map.of("user_id", user.value());
    }
  }

  /** The owner or an admin removed a member. */
  record MemberRemoved(UserId user) implements GroupEvent {
    public String name() {
      return "member_removed";
    }

    public Map<String, Object> keys() {
      return Map.of("user_id", user.value());
    }
  }

  /** A member removed itself. */
  record MemberLeft(UserId user) implements GroupEvent {
    public String name() {
      return "member_left";
    }

    public Map<String, Object> keys() {
      return Map.of("user_id", user.value());
    }
  }

  /** A member's role changed. */
  record RoleChanged(UserId user, Role role) implements GroupEvent {
    public String name() {
      return "role_changed";
    }

    public Map<String, Object> keys() {
      Map<String, Object> keys = new LinkedHashMap<>();
      keys.put("user_id", user.value());
      keys.put("role", role.wireName());
      return keys;
    }
  }

  /** A member was muted until an epoch ms, or unmuted (empty). */
  record MemberMuted(UserId user, Optional<Long> mutedUntil) implements GroupEvent {
    public String name() {
      return "member_muted";
    }

    public Map<String, Object> keys() {
      Map<String, Object> keys = new LinkedHashMap<>();
      keys.put("user_id", user.value());
      keys.put("muted_until", mutedUntil.orElse(null));
      return keys;
    }
  }

  /** Some of the group's name, announcement, muted_all and joinable changed; those are given. */
  record GroupUpdated(Map<String, Object> changed) implements GroupEvent {
    public GroupUpdated {
      changed = new LinkedHashMap<>(changed);
    }

    public String name() {
      return "group_updated";
    }

    public Map<String, Object> keys() {
      return changed;
    }
  }

  /** The owner handed the group over. */
  record OwnerTransferred(UserId from, UserId to) implements GroupEvent {
    public String name() {
      return "owner_transferred";
    }

    public Map<String, Object> keys() {
      Map<String, Object> keys = new LinkedHashMap<>();
      keys.put("from", from.value());
      keys.put("to", to.value());
      return keys;
    }
  }

  /** The owner dissolved the group. */
  record GroupDissolved() implements GroupEvent {
    public String name() {
      return "group_dissolved";
    }

    public Map<String, Object> keys() {
      return Map.of();
    }
  }

  private static List<String> ids(List<UserId> users) {
    List<String> ids = new ArrayList<>(users.size());
    users.forEach(user -> ids.add(Objects.requireNonNull(user).value()));
    return ids;
  }
}
