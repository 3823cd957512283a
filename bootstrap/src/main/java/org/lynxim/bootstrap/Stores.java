package org.lynxim.bootstrap;

import java.time.Clock;
import org.lynxim.adapter.out.memory.RememberedGroups;
import org.lynxim.adapter.out.memory.RememberedRelations;
import org.lynxim.adapter.out.memory.RememberedUsers;
import org.lynxim.adapter.out.sql.JpaUserAccounts;
import org.lynxim.adapter.out.sql.SqlDatabase;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.account.port.out.UserProfiles;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.out.ConversationHeads;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.application.presence.port.out.LastSeenStore;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.application.social.port.out.Relations;

/** The durable stores every feature shares, opened once per node. */
record Stores(
    UserAccounts accounts,
    UserProfiles profiles,
    UserSettingsStore settings,
    PushTokens pushTokens,
    Blocks blocks,
    Friendships friendships,
    Relations relations,
    LastSeenStore lastSeen,
    ConversationSettingsStore conversationSettings,
    Favorites favorites,
    GroupStore groups,
    Timeline timeline,
    InboxStore inboxes) {

  /** Users known to exist, remembered (accounts are never deleted). */
  private static final int KNOWN_USERS = 100_000;

  /** Pairs of users whose standing is remembered between direct sends in the embedded shape. */
  private static final int REMEMBERED_PAIRS = 100_000;

  /** Groups remembered between sends in the embedded shape. */
  private static final int REMEMBERED_GROUPS = 10_000;

  static Stores open(SqlDatabase database, Timeline timeline, Shape shape, Clock clock) {
    // Only one process changes groups in the embedded shape, so only there may they be kept.
    GroupStore groups =
        shape.onlyNode()
            ? new RememberedGroups(database.groupStore(clock), REMEMBERED_GROUPS)
            : database.groupStore(clock);
    JpaUserAccounts users = database.userAccounts(clock);
    Blocks blocks = database.blocks();
    Friendships friendships = database.friendships();
    UserSettingsStore settings = users;
    Relations relations = database.relations();
    if (shape.onlyNode()) {
      // Like groups: one process makes every change, so a direct send may ask memory how the
      // two users stand, and every change through these stores forgets what was remembered.
      RememberedRelations remembered = new RememberedRelations(relations, REMEMBERED_PAIRS);
      blocks = remembered.watching(blocks);
      friendships = remembered.watching(friendships);
      settings = remembered.watching(settings);
      relations = remembered;
    }
    return new Stores(
        new RememberedUsers(users, KNOWN_USERS),
        users,
        settings,
        database.pushTokens(clock),
        blocks,
        friendships,
        relations,
        database.lastSeen(),
        database.conversationSettings(),
        database.favorites(),
        groups,
        timeline,
        shape.inboxes(timeline.inboxes(), timeline.messages()));
  }

  MessageStore messages() {
    return timeline.messages();
  }

  ConversationHeads heads() {
    return timeline.heads();
  }

  ReadPositions positions() {
    return timeline.positions();
  }
}
