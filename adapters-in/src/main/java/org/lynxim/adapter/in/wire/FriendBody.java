package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.user.Nickname;

/** A friend as the caller sees it; {@code nickname} and {@code remark} null when unset. */
public record FriendBody(String userId, String nickname, String remark, long since) {

  public static FriendBody from(Friend friend) {
    return new FriendBody(
        friend.user().value(),
        friend.nickname().map(Nickname::value).orElse(null),
        friend.remark().map(Remark::value).orElse(null),
        friend.since().toEpochMilli());
  }

  /** {@code GET /api/v1/friends}. */
  public record Friends(List<FriendBody> friends) {
    public static Friends from(List<Friend> friends) {
      return new Friends(friends.stream().map(FriendBody::from).toList());
    }
  }
}
