package org.lynxim.application.delivery.port.in;

import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.UserId;

/**
 * Tells every online device of the user, on whichever node, of a change to the user's own account
 * (the notice, cmd 7). Best effort and non-blocking: a device that misses it reads the state again.
 */
public interface NotifyAccountUseCase {
  void notify(UserId user, AccountNotice notice);
}
