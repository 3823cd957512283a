package org.lynxim.application.account.port.in;

import org.lynxim.application.account.port.out.AccessTokens.IssuedToken;
import org.lynxim.domain.user.UserId;

/**
 * Checks a username and password and issues an access token. Failed logins are counted per username
 * and per client address; past their allowance a login is refused before any password is checked.
 *
 * @throws org.lynxim.domain.error.AuthenticationException unknown user or wrong password (which of
 *     the two is not told)
 * @throws org.lynxim.domain.error.RateLimitedException too many failed logins for the username or
 *     from the address, or too many logins being checked at once; retry later
 */
public interface LoginUseCase {
  LoginResult login(String username, String password, String clientAddress);

  record LoginResult(UserId user, IssuedToken token) {}
}
