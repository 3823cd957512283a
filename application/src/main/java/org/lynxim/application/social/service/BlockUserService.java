package org.lynxim.application.social.service;

import java.time.Clock;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.social.port.in.BlockUserUseCase;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.social.Block;
import org.lynxim.domain.user.AccountNotice;
import org.lynxim.domain.user.UserId;

/** Checks the target, records the block, and tells the blocker's devices of a new one. */
public final class BlockUserService implements BlockUserUseCase {
  private final UserAccounts accounts;
  private final Blocks blocks;
  private final NotifyAccountUseCase notify;
  private final Clock clock;

  public BlockUserService(
      UserAccounts accounts, Blocks blocks, NotifyAccountUseCase notify, Clock clock) {
    this.accounts = accounts;
    this.blocks = blocks;
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
    return blocking.block();
  }
}
