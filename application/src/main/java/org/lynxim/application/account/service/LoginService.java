package org.lynxim.application.account.service;

import java.util.Optional;
import org.lynxim.application.account.port.in.LoginUseCase;
import org.lynxim.application.account.port.out.AccessTokens;
import org.lynxim.application.account.port.out.LoginAttempts;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.domain.error.AuthenticationException;
import org.lynxim.domain.error.RateLimitedException;
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
  private final LoginAttempts attempts;
  private final String decoyHash;

  public LoginService(
      UserAccounts accounts, PasswordHasher hasher, AccessTokens tokens, LoginAttempts attempts) {
    this.accounts = accounts;
    this.attempts = attempts;
    this.hasher = hasher;
    this.tokens = tokens;
    this.decoyHash = hasher.hash(new Password("decoy-password-for-unknown-users"));
  }

  @Override
  public LoginResult login(String username, String password, String clientAddress) {
    Optional<UserId> user = parseUser(username);
    // An unparsable name counts under one key, so that random names cannot fill the counters.
    String attemptKey = user.map(UserId::value).orElse("");
    if (!attempts.mayTry(attemptKey, clientAddress)) {
      throw new RateLimitedException("too many failed logins; retry later");
    }
    Optional<UserAccount> account = user.flatMap(accounts::find);
    Optional<Password> typed = parsePassword(password);
    String hash = account.map(UserAccount::passwordHash).orElse(decoyHash);
    boolean matches = typed.isPresent() && hasher.matches(typed.get(), hash);
    if (account.isEmpty() || !matches) {
      attempts.failed(attemptKey, clientAddress);
      throw new AuthenticationException("wrong username or password");
    }
    UserId id = account.get().id();
    return new LoginResult(id, tokens.issue(id));
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
