package org.lynxim.application.account.service;

import org.lynxim.application.account.port.in.AuthenticateUseCase;
import org.lynxim.application.account.port.out.AccessTokens;
import org.lynxim.domain.error.AuthenticationException;
import org.lynxim.domain.user.Authenticated;

/** Verifies bearer tokens. */
public final class AuthenticateService implements AuthenticateUseCase {
  private final AccessTokens tokens;

  public AuthenticateService(AccessTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Authenticated authenticate(String bearerToken) {
    if (bearerToken == null || bearerToken.isBlank()) {
      throw new AuthenticationException("a token is required");
    }
    return tokens
        .verify(bearerToken)
        .orElseThrow(() -> new AuthenticationException("invalid or expired token"));
  }
}
