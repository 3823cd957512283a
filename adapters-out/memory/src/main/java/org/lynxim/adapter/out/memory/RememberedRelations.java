package org.lynxim.adapter.out.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.social.Block;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.social.RequestDirection;
import org.lynxim.domain.social.Standing;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/**
 * How users stand with each other as last read, in front of the database, so that a direct send in
 * the embedded shape does not query blocks, friendships and settings every time. Every change to
 * any of them made through the stores this hands out forgets all that is remembered: such changes
 * are rare next to sends. Only for a single process: a change another process made would not be
 * forgotten here.
 */
public final class RememberedRelations implements Relations {
  private final Relations store;
  private final int capacity;
  private final Map<List<UserId>, Standing> remembered = new ConcurrentHashMap<>();

  /**
   * @param capacity how many pairs to remember; past it, all are forgotten and read again
   */
  public RememberedRelations(Relations store, int capacity) {
    this.store = store;
    this.capacity = capacity;
  }

  @Override
  public Standing standing(UserId user, UserId peer) {
    List<UserId> pair = List.of(user, peer);
    Standing known = remembered.get(pair);
    if (known != null) {
      return known;
    }
    Standing read = store.standing(user, peer);
    if (remembered.size() >= capacity) {
      remembered.clear();
    }
    remembered.put(pair, read);
    return read;
  }

  private void forget() {
    remembered.clear();
  }

  /** The blocks, telling this of every change. */
  public Blocks watching(Blocks blocks) {
    return new Blocks() {
      @Override
      public Blocking block(UserId blocker, UserId blocked, Instant now) {
        try {
          return blocks.block(blocker, blocked, now);
        } finally {
          forget();
        }
      }

      @Override
      public boolean unblock(UserId blocker, UserId blocked) {
        try {
          return blocks.unblock(blocker, blocked);
        } finally {
          forget();
        }
      }

      @Override
      public Set<UserId> blockedEitherWay(UserId user) {
        return blocks.blockedEitherWay(user);
      }

      @Override
      public List<Block> blocksOf(UserId blocker) {
        return blocks.blocksOf(blocker);
      }
    };
  }

  /** The friendships, telling this of every change to who is friends with whom. */
  public Friendships watching(Friendships friendships) {
    return new Friendships() {
      @Override
      public PendingRequests pendingBetween(UserId user, UserId peer) {
        return friendships.pendingBetween(user, peer);
      }

      @Override
      public Opening open(FriendRequest request) {
        return friendships.open(request);
      }

      @Override
      public Optional<FriendRequest> request(FriendRequestId id) {
        return friendships.request(id);
      }

      @Override
      public boolean answer(FriendRequest answered, Instant now) {
        try {
          return friendships.answer(answered, now);
        } finally {
          forget();
        }
      }

      @Override
      public List<FriendRequest> pending(UserId user, RequestDirection direction) {
        return friendships.pending(user, direction);
      }

      @Override
      public Set<UserId> friendIdsOf(UserId user) {
        return friendships.friendIdsOf(user);
      }

      @Override
      public List<Friend> friendsOf(UserId user) {
        return friendships.friendsOf(user);
      }

      @Override
      public Optional<Friend> remark(UserId user, UserId friend, Optional<Remark> remark) {
        return friendships.remark(user, friend, remark);
      }

      @Override
      public boolean unfriend(UserId user, UserId friend) {
        try {
          return friendships.unfriend(user, friend);
        } finally {
          forget();
        }
      }

      @Override
      public boolean breakOff(UserId user, UserId peer) {
        try {
          return friendships.breakOff(user, peer);
        } finally {
          forget();
        }
      }
    };
  }

  /** The settings, telling this of every change (whom a user takes direct messages from). */
  public UserSettingsStore watching(UserSettingsStore settings) {
    return new UserSettingsStore() {
      @Override
      public UserSettings settingsOf(UserId user) {
        return settings.settingsOf(user);
      }

      @Override
      public Set<UserId> withoutReadReceipts(java.util.Collection<UserId> users) {
        return settings.withoutReadReceipts(users);
      }

      @Override
      public void save(UserId user, UserSettings changed) {
        try {
          settings.save(user, changed);
        } finally {
          forget();
        }
      }
    };
  }
}
