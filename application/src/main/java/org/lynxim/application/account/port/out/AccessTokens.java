package org.lynxim.application.account.port.out;

import java.time.Duration;
import java.util.Optional;
import org.lynxim.domain.user.UserId;

/** Signed, expiring bearer tokens that name a user. */
public interface AccessTokens {

  IssuedToken issue(UserId user);

  /** The user a valid, unexpired token names; empty for any other string. */
  Optional<UserId> verify(String token);

  record IssuedToken(String token, Duration lifetime) {}
}
