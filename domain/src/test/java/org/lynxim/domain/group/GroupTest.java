package org.lynxim.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.user.UserId;

class GroupTest {
  private static final UserId ALICE = UserId.of("alice");
  private static final UserId BOB = UserId.of("bob");
  private static final UserId CAROL = UserId.of("carol");
  private static final UserId DAVE = UserId.of("dave");

  private final Group team =
      Group.create(GroupId.of("g1"), GroupName.of("team"), ALICE, List.of(BOB, ALICE, BOB), 100);

  @Test
  void the_creator_owns_the_group_and_duplicates_are_ignored() {
    assertThat(team.memberIds()).containsExactly(ALICE, BOB);
    assertThat(team.requireMember(ALICE).isOwner()).isTrue();
    assertThat(team.requireMember(BOB).joinSeq()).isZero();
  }

  @Test
  void only_the_owner_adds_members_who_join_at_the_current_seq() {
    List<Member> added = team.membersToAdd(ALICE, List.of(CAROL, BOB, CAROL), 42, 200);

    assertThat(added).containsExactly(new Member(CAROL, Role.MEMBER, 42, 200));
    assertThatThrownBy(() -> team.membersToAdd(BOB, List.of(DAVE), 42, 200))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> team.membersToAdd(DAVE, List.of(DAVE), 42, 200))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void the_owner_removes_anyone_but_itself_and_members_may_leave() {
    Group withCarol = team.with(team.membersToAdd(ALICE, List.of(CAROL), 1, 1));

    assertThat(withCarol.memberToRemove(ALICE, BOB).userId()).isEqualTo(BOB);
    assertThat(withCarol.memberToRemove(BOB, BOB).userId()).isEqualTo(BOB);
    assertThatThrownBy(() -> withCarol.memberToRemove(BOB, CAROL))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> withCarol.memberToRemove(ALICE, DAVE))
        .isInstanceOf(NotFoundException.class);
    assertThatIllegalArgumentException().isThrownBy(() -> withCarol.memberToRemove(ALICE, ALICE));
    assertThatThrownBy(() -> withCarol.memberToRemove(DAVE, BOB))
        .isInstanceOf(ForbiddenException.class);
    assertThat(withCarol.without(BOB).memberIds()).containsExactly(ALICE, CAROL);
  }

  @Test
  void non_members_are_forbidden() {
    assertThatThrownBy(() -> team.requireMember(DAVE)).isInstanceOf(ForbiddenException.class);
  }
}
