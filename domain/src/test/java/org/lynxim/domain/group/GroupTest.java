package org.lynxim.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.MembershipChange.MemberRemoved;
import org.lynxim.domain.group.MembershipChange.MembersAdded;
import org.lynxim.domain.group.MembershipChange.Refused;
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
    MembershipChange added = team.addMembers(ALICE, List.of(CAROL, BOB, CAROL), 42, 200);

    Member carol = new Member(CAROL, Role.MEMBER, 42, 200);
    assertThat(added).isInstanceOf(MembersAdded.class);
    assertThat(((MembersAdded) added).added()).containsExactly(carol);
    assertThat(((MembersAdded) added).group().memberIds()).containsExactly(ALICE, BOB, CAROL);
    assertThat(refusalOf(team.addMembers(BOB, List.of(DAVE), 42, 200)))
        .isEqualTo(Refusal.NOT_THE_OWNER);
    assertThat(refusalOf(team.addMembers(DAVE, List.of(DAVE), 42, 200)))
        .isEqualTo(Refusal.NOT_THE_OWNER);
  }

  @Test
  void the_owner_removes_anyone_but_itself_and_members_may_leave() {
    Group withCarol = ((MembersAdded) team.addMembers(ALICE, List.of(CAROL), 1, 1)).group();

    assertThat(removed(withCarol.removeMember(ALICE, BOB)).removed().userId()).isEqualTo(BOB);
    assertThat(removed(withCarol.removeMember(BOB, BOB)).group().memberIds())
        .containsExactly(ALICE, CAROL);
    assertThat(refusalOf(withCarol.removeMember(BOB, CAROL))).isEqualTo(Refusal.NOT_THE_OWNER);
    assertThat(refusalOf(withCarol.removeMember(ALICE, DAVE))).isEqualTo(Refusal.NO_SUCH_MEMBER);
    assertThat(refusalOf(withCarol.removeMember(ALICE, ALICE))).isEqualTo(Refusal.OWNER_STAYS);
    assertThat(refusalOf(withCarol.removeMember(DAVE, BOB))).isEqualTo(Refusal.NOT_A_MEMBER);
  }

  @Test
  void refusals_become_the_errors_the_protocol_answers() {
    assertThat(((Refused) team.addMembers(BOB, List.of(DAVE), 1, 1)).toException())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
    assertThat(((Refused) team.removeMember(DAVE, BOB)).toException())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_MEMBER));
    assertThat(((Refused) team.removeMember(ALICE, DAVE)).toException())
        .isInstanceOf(NotFoundException.class);
    assertThat(((Refused) team.removeMember(ALICE, ALICE)).toException())
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Refusal refusalOf(MembershipChange change) {
    assertThat(change).isInstanceOf(Refused.class);
    return ((Refused) change).refusal();
  }

  private static MemberRemoved removed(MembershipChange change) {
    assertThat(change).isInstanceOf(MemberRemoved.class);
    return (MemberRemoved) change;
  }

  @Test
  void non_members_are_forbidden() {
    assertThatThrownBy(() -> team.requireMember(DAVE)).isInstanceOf(ForbiddenException.class);
  }
}
