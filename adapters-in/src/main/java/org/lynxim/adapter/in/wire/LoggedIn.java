package org.lynxim.adapter.in.wire;

import org.lynxim.application.account.port.in.LoginUseCase.LoginResult;

/** The answer to a login: the bearer token, whose it is and for how many seconds. */
public record LoggedIn(String token, String userId, long expiresIn) {

  public static LoggedIn from(LoginResult result) {
    return new LoggedIn(
        result.token().token(), result.user().value(), result.token().lifetime().toSeconds());
  }
}
