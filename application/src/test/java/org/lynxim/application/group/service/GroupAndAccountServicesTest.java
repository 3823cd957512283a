package org.lynxim.application.group.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.out.LoginAttempts;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.application.account.service.AuthenticateService;
import org.lynxim.application.account.service.LoginService;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.TestSupport;
import org.lynxim.application.group.port.out.GroupChangeAllowance;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.AuthenticationException;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.RateLimitedException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.user.Password;
import org.lynxim.domain.user.UserId;

class GroupAndAccountServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final UserId carol = app.user("carol");

  @Test
  void a_taken_username_is_a_conflict() {
    assertThatThrownBy(() -> app.user("alice")).isInstanceOf(ConflictException.class);
  }

  @Test
  void login_issues_a_token_only_for_the_right_password() {
    assertThat(app.login.login("alice", "password-alice", "10.0.0.1").token().token())
        .isEqualTo("token-alice");
    assertThatThrownBy(() -> app.login.login("alice", "wrong-password", "10.0.0.1"))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> app.login.login("nobody", "password-nobody", "10.0.0.1"))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> app.login.login("Not A Name", "x", "10.0.0.1"))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void a_login_past_its_failed_allowance_is_refused_before_any_password_is_checked() {
    AtomicInteger checks = new AtomicInteger();
    PasswordHasher plain = TestSupport.plainHasher();
    PasswordHasher counting =
        new PasswordHasher() {
          @Override
          public String hash(Password password) {
            return plain.hash(password);
          }

          @Override
          public boolean matches(Password password, String hash) {
            checks.incrementAndGet();
            return plain.matches(password, hash);
          }
        };
    List<String> failures = new ArrayList<>();
    LoginAttempts oneFailureAllowed =
        new LoginAttempts() {
          @Override
          public boolean mayTry(String username, String clientAddress) {
            return failures.isEmpty();
          }

          @Override
          public void failed(String username, String clientAddress) {
            failures.add(username + "@" + clientAddress);
          }
        };
    LoginService login =
        new LoginService(app.accounts, counting, TestSupport.namedTokens(), oneFailureAllowed);

    assertThatThrownBy(() -> login.login("alice", "wrong-password", "10.0.0.1"))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> login.login("alice", "password-alice", "10.0.0.1"))
        .isInstanceOf(RateLimitedException.class);

    assertThat(failures).containsExactly("alice@10.0.0.1");
    assertThat(checks).as("password checks").hasValue(1);
  }

  @Test
  void creating_groups_and_adding_members_draw_on_one_allowance_per_user() {
    AtomicInteger left = new AtomicInteger(2);
    GroupChangeAllowance twoChanges = actor -> left.getAndDecrement() > 0;
    var create =
        new CreateGroupService(app.accounts, app.groups, new Random(7), app.clock, twoChanges, 100);
    var add =
        new AddGroupMembersService(
            app.accounts, app.groups, app.appendSystemMessage, app.clock, twoChanges, 100);

    Group group = create.create(alice, GroupName.of("one"), List.of(bob));
    add.add(alice, group.id(), List.of(carol));

    assertThatThrownBy(() -> create.create(alice, GroupName.of("two"), List.of(bob)))
        .isInstanceOf(RateLimitedException.class);
    assertThatThrownBy(() -> add.add(bob, group.id(), List.of(carol)))
        .as("a refusal of the group comes first")
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void tokens_authenticate_their_user() {
    var authenticate = new AuthenticateService(TestSupport.namedTokens());

    assertThat(authenticate.authenticate("token-bob").user()).isEqualTo(bob);
    assertThatThrownBy(() -> authenticate.authenticate("forged"))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> authenticate.authenticate(null))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void a_group_is_created_with_its_creator_as_owner_and_shown_to_members_only() {
    Group group = app.group(alice, bob, bob, alice);

    assertThat(group.owner()).isEqualTo(alice);
    assertThat(group.memberIds()).containsExactly(alice, bob);
    assertThat(app.getGroup.get(bob, group.id())).isEqualTo(group);
    assertThatThrownBy(() -> app.getGroup.get(carol, group.id()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.getGroup.get(alice, GroupId.of("none")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void unknown_users_cannot_be_put_in_a_group() {
    assertThatThrownBy(() -> app.group(alice, UserId.of("ghost")))
        .isInstanceOf(NotFoundException.class);
    Group group = app.group(alice);
    assertThatThrownBy(() -> app.addMembers.add(alice, group.id(), List.of(UserId.of("ghost"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_non_owner_adding_members_is_forbidden_whoever_they_are() {
    Group group = app.group(alice, bob);

    assertThatThrownBy(() -> app.addMembers.add(bob, group.id(), List.of(UserId.of("ghost"))))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.addMembers.add(carol, group.id(), List.of(carol)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void adding_a_member_again_changes_nothing_and_a_re_added_member_joins_anew() {
    Group group = app.group(alice, bob);
    app.send(alice, group.conversationId(), "m1", "one");
    app.addMembers.add(alice, group.id(), List.of(bob));
    assertThat(app.getGroup.get(alice, group.id()).requireMember(bob).joinSeq()).isZero();

    app.removeMember.remove(bob, group.id(), bob); // member_left: seq 2
    Group again = app.addMembers.add(alice, group.id(), List.of(bob)); // member_added: seq 3

    // 1.2: a member added joins just before the message that names it, so it sees that message.
    assertThat(again.requireMember(bob).joinSeq()).isEqualTo(2);
    assertThat(app.groups.find(group.id()).orElseThrow().requireMember(bob).joinSeq()).isEqualTo(2);
  }

  @Test
  void passwords_must_be_8_to_128_characters() {
    assertThatThrownBy(() -> new Password("short")).isInstanceOf(IllegalArgumentException.class);
    assertThat(
            app.register.register(
                UserId.of("dave"), new Password("x".repeat(128)), Optional.empty()))
        .isEqualTo(UserId.of("dave"));
  }
}
