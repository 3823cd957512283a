package org.lynxim.adapter.in.wire;

import java.time.Instant;
import java.util.List;
import org.lynxim.domain.user.UserPresence;

/** {@code GET /api/v1/presence}: each user asked, in the order asked. */
public record PresenceBody(List<Entry> presence) {

  /** {@code last_seen}: epoch ms of the last departure; null while online or never seen. */
  public record Entry(String userId, boolean online, Long lastSeen) {}

  public static PresenceBody from(List<UserPresence> presence) {
    return new PresenceBody(
        presence.stream()
            .map(
                one ->
                    new Entry(
                        one.user().value(),
                        one.online(),
                        one.lastSeen().map(Instant::toEpochMilli).orElse(null)))
            .toList());
  }
}
