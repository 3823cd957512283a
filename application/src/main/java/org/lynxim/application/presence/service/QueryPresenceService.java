package org.lynxim.application.presence.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.presence.port.in.QueryPresenceUseCase;
import org.lynxim.application.presence.port.out.LastSeenStore;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserPresence;

/** Checks that every user asked is a friend, then reads who is online and when others left. */
public final class QueryPresenceService implements QueryPresenceUseCase {
  private final Friendships friendships;
  private final DevicePresence presence;
  private final LastSeenStore lastSeen;

  public QueryPresenceService(
      Friendships friendships, DevicePresence presence, LastSeenStore lastSeen) {
    this.friendships = friendships;
    this.presence = presence;
    this.lastSeen = lastSeen;
  }

  @Override
  public List<UserPresence> presence(UserId caller, List<UserId> users) {
    if (users.isEmpty() || users.size() > MAX_USERS) {
      throw new IllegalArgumentException("user_ids must name 1 to " + MAX_USERS + " users");
    }
    Set<UserId> asked = new HashSet<>(users);
    Set<UserId> visible = new HashSet<>(friendships.friendIdsOf(caller));
    visible.add(caller);
    if (!visible.containsAll(asked)) {
      throw new ForbiddenException(Reason.NOT_FRIENDS, "presence is shared between friends only");
    }
    Set<UserId> online = presence.online(asked);
    Map<UserId, Instant> seen =
        lastSeen.of(asked.stream().filter(user -> !online.contains(user)).toList());
    List<UserPresence> answer = new ArrayList<>(users.size());
    for (UserId user : users) {
      boolean isOnline = online.contains(user);
      answer.add(
          new UserPresence(
              user, isOnline, isOnline ? Optional.empty() : Optional.ofNullable(seen.get(user))));
    }
    return answer;
  }
}
