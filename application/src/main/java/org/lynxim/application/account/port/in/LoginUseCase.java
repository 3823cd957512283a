package org.lynxim.application.account.port.in;

import org.lynxim.application.account.port.out.AccessTokens.IssuedToken;
import org.lynxim.domain.user.UserId;

/**
 * Checks a username and password and issues an access token.
 *
 * @throws org.lynxim.domain.error.AuthenticationException unknown user or wrong password (which of
 *     the two is not told)
 */
public interface LoginUseCase {
  LoginResult login(String username, String password);

  record LoginResult(UserId user, IssuedToken token) {}
}
