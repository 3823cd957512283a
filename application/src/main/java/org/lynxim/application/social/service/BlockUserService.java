package org.lynxim.application.social.service;

import java.time.Clock;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.social.port.in.BlockUserUseCase;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.social.Block;
import org.lynxim.domain.user.UserId;

/**
 * Checks the target, records the block, ends a friendship and pending requests between the two, and
 * tells whom it concerns.
 */
public final class BlockUserService implements BlockUserUseCase {
  private final UserAccounts accounts;
  private final Blocks blocks;
  private final Friendships friendships;
  private final NotifyAccountUseCase notify;
  private final Clock clock;

  public BlockUserService(
      UserAccounts accounts,
      Blocks blocks,
      Friendships friendships,
      NotifyAccountUseCase notify,
      Clock clock) {
    this.accounts = accounts;
    this.blocks = blocks;
    this.friendships = friendships;
    this.notify = notify;
    this.clock = clock;
  }

  @Override
  public Block block(UserId actor, UserId target) {
    if (actor.equals(target)) {
      throw new IllegalArgumentException("you cannot block yourself");
    }
    if (!accounts.exists(target)) {
      throw new NotFoundException("no such user " + target.value());
    }
    Blocks.Blocking blocking = blocks.block(actor, target, clock.instant());
    if (blocking.isNew()) {
      notify.notify(actor, new AccountNotice.BlockChanged(target, true));
    }
    // Also when the block was there: a retry finishes what a failure here left half done.
    if (friendships.breakOff(actor, target)) {
      FriendNotices.removed(notify, actor, target);
    }
    return blocking.block();
  }
}
