package org.lynxim.domain.group;

import java.util.Objects;
import java.util.Optional;

/** Some of a group's own settings, to change; what is empty stays as it is. */
public record GroupSettingsChange(
    Optional<GroupName> name,
    Optional<Announcement> announcement,
    Optional<Boolean> mutedAll,
    Optional<Boolean> joinable) {
  public GroupSettingsChange {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(announcement, "announcement");
    Objects.requireNonNull(mutedAll, "mutedAll");
    Objects.requireNonNull(joinable, "joinable");
  }
}
