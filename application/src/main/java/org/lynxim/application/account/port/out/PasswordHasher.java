package org.lynxim.application.account.port.out;

import org.lynxim.domain.user.Password;

/** One-way, salted, deliberately slow password hashing. */
public interface PasswordHasher {
  String hash(Password password);

  boolean matches(Password password, String hash);
}
