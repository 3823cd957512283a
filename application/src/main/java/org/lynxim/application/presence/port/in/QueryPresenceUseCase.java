package org.lynxim.application.presence.port.in;

import java.util.List;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserPresence;

/**
 * The presence of some of the caller's friends (or the caller), in the order asked, a duplicate at
 * each place it was asked.
 *
 * @throws IllegalArgumentException none, or more than {@value #MAX_USERS}
 * @throws org.lynxim.domain.error.ForbiddenException {@code not_friends}: any of them is neither a
 *     friend nor the caller
 */
public interface QueryPresenceUseCase {
  int MAX_USERS = 100;

  List<UserPresence> presence(UserId caller, List<UserId> users);
}
