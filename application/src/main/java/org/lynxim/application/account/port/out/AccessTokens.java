package org.lynxim.application.account.port.out;

import java.time.Duration;
import java.util.Optional;
import org.lynxim.domain.user.Authenticated;
import org.lynxim.domain.user.UserId;

/** Signed, expiring bearer tokens that name a user. */
public interface AccessTokens {

  IssuedToken issue(UserId user);

  /**
   * Who a valid, unexpired token names and until when; empty for any other string, and for a token
   * that never expires.
   */
  Optional<Authenticated> verify(String token);

  record IssuedToken(String token, Duration lifetime) {}
}
