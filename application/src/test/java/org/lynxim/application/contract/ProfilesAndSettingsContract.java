package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.account.port.out.UserProfiles;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.domain.profile.Profile;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/** What every store of {@link UserProfiles} and {@link UserSettingsStore} must do. */
public abstract class ProfilesAndSettingsContract {
  private String run;

  /** One store, seen as the accounts, the profiles and the settings of the same users. */
  protected abstract <T extends UserAccounts & UserProfiles & UserSettingsStore> T newUsers();

  @BeforeEach
  void setUp() {
    run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private UserId registered(UserAccounts accounts, String name, Optional<Nickname> nickname) {
    UserId user = UserId.of(name + run);
    accounts.add(new UserAccount(user, "hash", nickname));
    return user;
  }

  @Test
  void a_new_user_has_the_nickname_it_registered_with_no_avatar_and_the_default_settings() {
    var users = newUsers();
    UserId ann = registered(users, "ann", Optional.of(new Nickname("Ann \u00c5")));

    assertThat(users.profile(ann))
        .contains(new Profile(ann, Optional.of(new Nickname("Ann \u00c5")), Optional.empty()));
    assertThat(users.settingsOf(ann)).isEqualTo(UserSettings.DEFAULTS);
    assertThat(users.profile(UserId.of("nobody" + run))).isEmpty();
  }

  @Test
  void a_nickname_is_set_and_cleared() {
    var users = newUsers();
    UserId ben = registered(users, "ben", Optional.empty());

    assertThat(users.changeNickname(ben, Optional.of(new Nickname("Benny"))).nickname())
        .contains(new Nickname("Benny"));
    assertThat(users.profile(ben).orElseThrow().nickname()).contains(new Nickname("Benny"));
    users.changeNickname(ben, Optional.empty());
    assertThat(users.profile(ben).orElseThrow().nickname()).isEmpty();
  }

  @Test
  void saved_settings_are_the_users_own() {
    var users = newUsers();
    UserId cat = registered(users, "cat", Optional.empty());
    UserId dan = registered(users, "dan", Optional.empty());
    UserSettings changed = new UserSettings(DirectMessages.FRIENDS, false, false);

    users.save(cat, changed);

    assertThat(users.settingsOf(cat)).isEqualTo(changed);
    assertThat(users.settingsOf(dan)).isEqualTo(UserSettings.DEFAULTS);
    assertThat(users.withoutReadReceipts(java.util.List.of(cat, dan, UserId.of("nobody" + run))))
        .containsExactly(cat);
    assertThat(users.withoutReadReceipts(java.util.List.of())).isEmpty();
  }
}
