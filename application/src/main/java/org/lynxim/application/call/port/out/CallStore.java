package org.lynxim.application.call.port.out;

import java.util.List;
import java.util.Optional;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.user.UserId;

/**
 * Calls where every node sees them: the cluster's in Redis, with a time to live so that nothing of
 * a cluster that stopped stays. A user is in at most one call; an ended call is kept a while (so
 * that a late action on it is told it ended) and no longer counts for either user.
 *
 * @throws org.lynxim.application.common.StoreUnavailableException from every method when the store
 *     is out of reach
 */
public interface CallStore {

  /**
   * Stores the new call unless either user is in a call already.
   *
   * @return false when either is (busy)
   */
  boolean start(Call call);

  Optional<Call> find(CallId call);

  /** The call the user is in, if any (ended calls are in nobody's). */
  Optional<Call> ofUser(UserId user);

  /**
   * Stores {@code after} in place of {@code before} if the call is still at {@code before}'s
   * version; an ended call frees both users.
   *
   * @return whether it was stored (false: the call changed meanwhile, or is gone)
   */
  boolean replace(Call before, Call after);

  /** Every call not ended, for the sweep of calls that rang out or lost a party. */
  List<Call> active();
}
