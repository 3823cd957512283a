package org.lynxim.application.social.port.out;

import org.lynxim.domain.social.Standing;
import org.lynxim.domain.user.UserId;

/** How two users stand for direct contact; read on every direct send, so one round trip. */
public interface Relations {

  /** How {@code user} stands with {@code peer}, seen from {@code user}. */
  Standing standing(UserId user, UserId peer);
}
