package org.lynxim.application.account.port.in;

import java.util.Optional;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.Password;
import org.lynxim.domain.user.UserId;

/**
 * Registers a user; the password is stored only as a slow salted hash.
 *
 * @throws org.lynxim.domain.error.ConflictException the username is taken
 */
public interface RegisterUserUseCase {
  UserId register(UserId username, Password password, Optional<Nickname> nickname);
}
