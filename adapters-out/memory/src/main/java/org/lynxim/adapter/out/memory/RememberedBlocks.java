package org.lynxim.adapter.out.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.domain.social.Block;
import org.lynxim.domain.social.BlockStatus;
import org.lynxim.domain.user.UserId;

/**
 * Each user's block list as last read, in front of the durable store, so that a direct send does
 * not query the database for blocks every time. Every change through this store forgets the
 * blocker's list. Only for a single process: a change another process makes would not be forgotten
 * here.
 */
public final class RememberedBlocks implements Blocks {
  private final Blocks store;
  private final int capacity;
  private final Map<UserId, Set<UserId>> blockedBy = new ConcurrentHashMap<>();

  /**
   * @param capacity how many users' lists to remember; past it, all are forgotten and read again
   */
  public RememberedBlocks(Blocks store, int capacity) {
    this.store = store;
    this.capacity = capacity;
  }

  @Override
  public Blocking block(UserId blocker, UserId blocked, Instant now) {
    try {
      return store.block(blocker, blocked, now);
    } finally {
      blockedBy.remove(blocker);
    }
  }

  @Override
  public boolean unblock(UserId blocker, UserId blocked) {
    try {
      return store.unblock(blocker, blocked);
    } finally {
      blockedBy.remove(blocker);
    }
  }

  @Override
  public List<Block> blocksOf(UserId blocker) {
    return store.blocksOf(blocker);
  }

  @Override
  public BlockStatus between(UserId user, UserId peer) {
    return BlockStatus.of(listOf(user).contains(peer), listOf(peer).contains(user));
  }

  private Set<UserId> listOf(UserId blocker) {
    Set<UserId> known = blockedBy.get(blocker);
    if (known != null) {
      return known;
    }
    Set<UserId> read =
        store.blocksOf(blocker).stream().map(Block::user).collect(Collectors.toUnmodifiableSet());
    if (blockedBy.size() >= capacity) {
      blockedBy.clear();
    }
    blockedBy.put(blocker, read);
    return read;
  }
}
