package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupName;
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
  void members_are_added_and_removed() {
    groups.create(Group.create(id, GroupName.of("team"), alice, List.of(bob), 1000));
    Member carolAtTen = new Member(carol, Role.MEMBER, 10, 2000);
    groups.addMembers(id, List.of(carolAtTen));
    groups.addMembers(id, List.of(new Member(bob, Role.MEMBER, 99, 3000)));
    groups.removeMember(id, bob);

    Group found = groups.find(id).orElseThrow();
    assertThat(found.memberIds()).containsExactly(alice, carol);
    assertThat(found.requireMember(carol)).isEqualTo(carolAtTen);
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
