package org.lynxim.application.account.port.in;

import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.UserId;

/**
 * A user's public profile, as any signed-in user sees it.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such user
 */
public interface GetProfileUseCase {
  Profile profile(UserId user);
}
