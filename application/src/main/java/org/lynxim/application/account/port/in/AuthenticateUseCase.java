package org.lynxim.application.account.port.in;

import org.lynxim.domain.user.UserId;

/**
 * The user a bearer token names.
 *
 * @throws org.lynxim.domain.error.AuthenticationException a missing, invalid or expired token
 */
public interface AuthenticateUseCase {
  UserId authenticate(String bearerToken);
}
