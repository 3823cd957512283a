package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.group.Announcement;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupChange;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.group.GroupSettingsChange;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.group.Role;
import org.lynxim.domain.user.UserId;

/**
 * What every {@link GroupStore} must do. Stores that keep users apart (SQL, with its foreign keys)
 * get the users registered through {@link #register}.
 */
public abstract class GroupStoreContract {
  private GroupStore groups;
  private UserId alice;
  private UserId bob;
  private UserId carol;
  private GroupId id;

  protected abstract GroupStore newGroups();

  /** Makes the users known to the store's database, where it needs that. */
  protected void register(UserId... users) {}

  @BeforeEach
  void setUp() {
    groups = newGroups();
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    alice = UserId.of("alice" + run);
    bob = UserId.of("bob" + run);
    carol = UserId.of("carol" + run);
    id = GroupId.of("g" + run);
    register(alice, bob, carol);
  }

  @Test
  void a_created_group_is_found_with_its_members_in_joining_order() {
    Group team = Group.create(id, GroupName.of("t\u00e9am"), alice, List.of(bob), 1000);
    groups.create(team);

    assertThat(groups.find(id)).contains(team);
    assertThat(groups.find(GroupId.of("missing" + id.value()))).isEmpty();
  }

  @Test
  void a_change_stores_the_group_it_decided_settings_members_and_all() {
    groups.create(Group.create(id, GroupName.of("team"), alice, List.of(bob), 1000));
    GroupChange change =
        groups.change(
            id,
            group -> {
              Group after =
                  group
                      .addMembers(alice, List.of(carol), 2000, 100)
                      .orThrow()
                      .group()
                      .settleJoins(List.of(carol), 10)
                      .removeMember(alice, bob)
                      .orThrow()
                      .group()
                      .mute(alice, carol, Optional.of(Long.MAX_VALUE - 1), 0)
                      .orThrow()
                      .group()
                      .update(
                          alice,
                          new GroupSettingsChange(
                              Optional.of(GroupName.of("renamed")),
                              Optional.of(new Announcement("read me \u00e9")),
                              Optional.of(true),
                              Optional.of(true)))
                      .orThrow()
                      .group()
                      .transfer(alice, carol)
                      .orThrow()
                      .group();
              return new GroupChange.Changed(after, List.of());
            });

    Group found = groups.find(id).orElseThrow();
    assertThat(found).isEqualTo(((GroupChange.Changed) change).group());
    assertThat(found.owner()).isEqualTo(carol);
    assertThat(found.memberIds()).containsExactly(alice, carol);
    assertThat(found.requireMember(carol).joinSeq()).isEqualTo(10);
    assertThat(found.requireMember(alice).role()).isEqualTo(Role.ADMIN);
    assertThat(found.announcement().text()).isEqualTo("read me \u00e9");
    assertThat(groups.groupsOf(bob)).isEmpty();
  }

  @Test
  void a_refused_change_stores_nothing_and_a_member_may_come_back() {
    groups.create(Group.create(id, GroupName.of("team"), alice, List.of(bob), 1000));
    Group before = groups.find(id).orElseThrow();

    GroupChange refused = groups.change(id, group -> group.dissolve(bob));
    groups.change(id, group -> group.removeMember(bob, bob));
    groups.change(
        id,
        group ->
            new GroupChange.Changed(
                group
                    .addMembers(alice, List.of(bob), 3000, 100)
                    .orThrow()
                    .group()
                    .settleJoins(List.of(bob), 5),
                List.of()));

    assertThat(refused).isInstanceOf(GroupChange.Refused.class);
    Group found = groups.find(id).orElseThrow();
    assertThat(found.memberIds()).containsExactly(alice, bob);
    assertThat(found.requireMember(bob)).isEqualTo(new Member(bob, Role.MEMBER, 5, 3000));
    assertThat(found.dissolved()).isFalse();
    assertThat(before.requireMember(bob).joinSeq()).isZero();
    assertThatThrownBy(
            () -> groups.change(GroupId.of("missing" + id.value()), group -> group.dissolve(alice)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_user_lists_the_groups_it_belongs_to() {
    groups.create(Group.create(id, GroupName.of("team"), alice, List.of(bob), 1000));
    GroupId other = GroupId.of("o" + id.value());
    groups.create(Group.create(other, GroupName.of("other"), bob, List.of(), 1000));

    assertThat(groups.groupsOf(alice)).extracting(Group::id).containsExactly(id);
    assertThat(groups.groupsOf(bob)).extracting(Group::id).containsExactlyInAnyOrder(id, other);
    assertThat(groups.groupsOf(carol)).isEmpty();
  }
}
