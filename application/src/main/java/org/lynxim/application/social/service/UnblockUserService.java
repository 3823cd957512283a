package org.lynxim.application.social.service;

import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.social.port.in.UnblockUserUseCase;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.UserId;

/** Lifts a block and tells the blocker's devices. */
public final class UnblockUserService implements UnblockUserUseCase {
  private final Blocks blocks;
  private final NotifyAccountUseCase notify;

  public UnblockUserService(Blocks blocks, NotifyAccountUseCase notify) {
    this.blocks = blocks;
    this.notify = notify;
  }

  @Override
  public void unblock(UserId actor, UserId target) {
    if (!blocks.unblock(actor, target)) {
      throw new NotFoundException(target.value() + " is not blocked");
    }
    notify.notify(actor, new AccountNotice.BlockChanged(target, false));
  }
}
