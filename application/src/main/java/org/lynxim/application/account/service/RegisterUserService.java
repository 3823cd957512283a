package org.lynxim.application.account.service;

import java.util.Optional;
import org.lynxim.application.account.port.in.RegisterUserUseCase;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.Password;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/** Hashes the password and stores the account; the store refuses a taken id. */
public final class RegisterUserService implements RegisterUserUseCase {
  private final UserAccounts accounts;
  private final PasswordHasher hasher;

  public RegisterUserService(UserAccounts accounts, PasswordHasher hasher) {
    this.accounts = accounts;
    this.hasher = hasher;
  }

  @Override
  public UserId register(UserId username, Password password, Optional<Nickname> nickname) {
    accounts.add(new UserAccount(username, hasher.hash(password), nickname));
    return username;
  }
}
