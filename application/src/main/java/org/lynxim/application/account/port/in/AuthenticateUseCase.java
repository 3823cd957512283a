package org.lynxim.application.account.port.in;

import org.lynxim.domain.user.Authenticated;

/**
 * Who a bearer token names, and until when the token is valid.
 *
 * @throws org.lynxim.domain.error.AuthenticationException a missing, invalid or expired token
 */
public interface AuthenticateUseCase {
  Authenticated authenticate(String bearerToken);
}
