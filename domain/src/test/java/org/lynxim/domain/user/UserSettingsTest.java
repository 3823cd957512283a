package org.lynxim.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserSettingsTest {

  @Test
  void a_change_touches_only_what_it_names() {
    SettingsChange change =
        new SettingsChange(
            Optional.of(DirectMessages.FRIENDS), Optional.empty(), Optional.of(false));

    assertThat(change.applyTo(UserSettings.DEFAULTS))
        .isEqualTo(new UserSettings(DirectMessages.FRIENDS, true, false));
  }

  @Test
  void direct_messages_is_everyone_or_friends_and_nothing_else() {
    assertThat(DirectMessages.of("friends")).isEqualTo(DirectMessages.FRIENDS);
    assertThatIllegalArgumentException().isThrownBy(() -> DirectMessages.of("Friends"));
    assertThatIllegalArgumentException().isThrownBy(() -> DirectMessages.of("nobody"));
  }
}
