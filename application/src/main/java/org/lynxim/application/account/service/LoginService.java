package org.lynxim.application.account.service;

import java.util.Optional;
import org.lynxim.application.account.port.in.LoginUseCase;
import org.lynxim.application.account.port.out.AccessTokens;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.domain.error.AuthenticationException;
import org.lynxim.domain.user.Password;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/**
 * Checks credentials and issues a token. An unknown user costs one hash check too, so the answer's
 * timing does not tell which usernames exist.
 */
public final class LoginService implements LoginUseCase {
  private final UserAccounts accounts;
  private final PasswordHasher hasher;
  private final AccessTokens tokens;
  private final String decoyHash;

  public LoginService(UserAccounts accounts, PasswordHasher hasher, AccessTokens tokens) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.tokens = tokens;
    this.decoyHash = hasher.hash(new Password("decoy-password-for-unknown-users"));
  }

  @Override
  public LoginResult login(String username, String password) {
    Optional<UserAccount> account = parseUser(username).flatMap(accounts::find);
    Optional<Password> typed = parsePassword(password);
    String hash = account.map(UserAccount::passwordHash).orElse(decoyHash);
    boolean matches = typed.isPresent() && hasher.matches(typed.get(), hash);
    if (account.isEmpty() || !matches) {
      throw new AuthenticationException("wrong username or password");
    }
    UserId user = account.get().id();
    return new LoginResult(user, tokens.issue(user));
  }

  private static Optional<UserId> parseUser(String username) {
    try {
      return Optional.of(UserId.of(username));
    } catch (IllegalArgumentException notAUsername) {
      return Optional.empty();
    }
  }

  private static Optional<Password> parsePassword(String password) {
    try {
      return Optional.of(new Password(password));
    } catch (IllegalArgumentException notAPassword) {
      return Optional.empty();
    }
  }
}
