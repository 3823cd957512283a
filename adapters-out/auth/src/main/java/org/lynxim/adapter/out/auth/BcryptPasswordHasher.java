package org.lynxim.adapter.out.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.domain.user.Password;

/**
 * BCrypt (at.favre.lib). BCrypt reads at most 72 bytes of a password; longer ones (up to the 128
 * characters allowed) are first reduced with SHA-512 by the library's long-password strategy, so no
 * characters are ignored.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  private final int cost;
  private final BCrypt.Hasher hasher;
  private final BCrypt.Verifyer verifyer;

  /**
   * @param cost the log2 work factor; 10 takes about 60 ms here
   */
  public BcryptPasswordHasher(int cost) {
    this.cost = cost;
    var strategy = LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A);
    this.hasher = BCrypt.with(BCrypt.Version.VERSION_2A, strategy);
    this.verifyer = BCrypt.verifyer(BCrypt.Version.VERSION_2A, strategy);
  }

  @Override
  public String hash(Password password) {
    return hasher.hashToString(cost, password.value().toCharArray());
  }

  @Override
  public boolean matches(Password password, String hash) {
    return verifyer.verify(password.value().toCharArray(), hash.toCharArray()).verified;
  }
}
