package org.lynxim.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.GoneException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.GroupChange.Changed;
import org.lynxim.domain.group.GroupChange.Refused;
import org.lynxim.domain.user.UserId;

class GroupTest {
  private static final UserId ALICE = UserId.of("alice");
  private static final UserId BOB = UserId.of("bob");
  private static final UserId CAROL = UserId.of("carol");
  private static final UserId DAVE = UserId.of("dave");
  private static final int MAX = 10_000;

  private final Group team =
      Group.create(GroupId.of("g1"), GroupName.of("team"), ALICE, List.of(BOB, ALICE, BOB), 100);

  /** Alice owns it, Bob is an admin, Carol a plain member. */
  private final Group staffed =
      team.addMembers(ALICE, List.of(CAROL), 1, MAX)
          .orThrow()
          .group()
          .settleJoins(List.of(CAROL), 0)
          .changeRole(ALICE, BOB, Role.ADMIN)
          .orThrow()
          .group();

  private static Refusal refusalOf(GroupChange change) {
    assertThat(change).isInstanceOf(Refused.class);
    return ((Refused) change).refusal();
  }

  @Test
  void the_creator_owns_the_group_and_duplicates_are_ignored() {
    assertThat(team.memberIds()).containsExactly(ALICE, BOB);
    assertThat(team.requireMember(ALICE).isOwner()).isTrue();
    assertThat(team.requireMember(BOB).joinSeq()).isZero();
  }

  @Test
  void added_members_are_pending_until_their_announcement_and_then_join_just_before_it() {
    Changed added = team.addMembers(ALICE, List.of(CAROL, BOB, CAROL, DAVE), 200, MAX).orThrow();

    assertThat(added.events()).containsExactly(new GroupEvent.MembersAdded(List.of(CAROL, DAVE)));
    assertThat(added.group().memberIds()).containsExactly(ALICE, BOB, CAROL, DAVE);
    assertThat(added.group().isMember(CAROL)).as("pending").isFalse();
    Group settled = added.group().settleJoins(List.of(CAROL, DAVE), 41);
    assertThat(settled.requireMember(CAROL).joinSeq()).isEqualTo(41);
    Changed again = added.group().addMembers(ALICE, List.of(CAROL), 300, MAX).orThrow();
    assertThat(again.events())
        .as("a member still pending is named again")
        .containsExactly(new GroupEvent.MembersAdded(List.of(CAROL)));
    assertThat(again.group().members()).hasSize(4);
  }

  @Test
  void many_members_are_announced_a_hundred_per_message() {
    List<UserId> many = IntStream.range(0, 250).mapToObj(i -> UserId.of("user" + i)).toList();

    Changed added = team.addMembers(ALICE, many, 1, MAX).orThrow();

    assertThat(added.events()).hasSize(3);
    assertThat(((GroupEvent.MembersAdded) added.events().get(2)).users()).hasSize(50);
  }

  @Test
  void owner_and_admins_add_plain_members_do_not_and_a_full_group_adds_nobody() {
    assertThat(staffed.addMembers(BOB, List.of(DAVE), 1, MAX)).isInstanceOf(Changed.class);
    assertThat(refusalOf(staffed.addMembers(CAROL, List.of(DAVE), 1, MAX)))
        .isEqualTo(Refusal.NOT_ALLOWED);
    assertThat(refusalOf(staffed.addMembers(DAVE, List.of(DAVE), 1, MAX)))
        .isEqualTo(Refusal.NOT_A_MEMBER);
    assertThat(refusalOf(staffed.addMembers(ALICE, List.of(DAVE), 1, 3))).isEqualTo(Refusal.FULL);
    assertThat(((Refused) staffed.addMembers(ALICE, List.of(DAVE), 1, 3)).toException())
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_FULL));
  }

  @Test
  void the_owner_removes_anyone_admins_plain_members_and_members_leave() {
    assertThat(staffed.removeMember(ALICE, BOB).orThrow().events())
        .containsExactly(new GroupEvent.MemberRemoved(BOB));
    assertThat(staffed.removeMember(BOB, CAROL).orThrow().group().memberIds())
        .containsExactly(ALICE, BOB);
    assertThat(staffed.removeMember(CAROL, CAROL).orThrow().events())
        .containsExactly(new GroupEvent.MemberLeft(CAROL));
    assertThat(refusalOf(staffed.removeMember(BOB, ALICE))).isEqualTo(Refusal.NOT_ALLOWED);
    assertThat(refusalOf(staffed.removeMember(CAROL, BOB))).isEqualTo(Refusal.NOT_ALLOWED);
    assertThat(refusalOf(staffed.removeMember(ALICE, DAVE))).isEqualTo(Refusal.NO_SUCH_MEMBER);
    assertThat(refusalOf(staffed.removeMember(ALICE, ALICE))).isEqualTo(Refusal.OWNER_STAYS);
    assertThat(refusalOf(staffed.removeMember(DAVE, BOB))).isEqualTo(Refusal.NOT_A_MEMBER);
  }

  @Test
  void only_the_owner_changes_roles_and_never_its_own() {
    assertThat(staffed.requireMember(BOB).role()).isEqualTo(Role.ADMIN);
    assertThat(staffed.admins()).containsExactly(BOB);
    assertThat(refusalOf(staffed.changeRole(BOB, CAROL, Role.ADMIN)))
        .isEqualTo(Refusal.NOT_ALLOWED);
    assertThat(refusalOf(staffed.changeRole(ALICE, ALICE, Role.MEMBER)))
        .isEqualTo(Refusal.OWNER_STAYS);
    assertThat(staffed.changeRole(ALICE, BOB, Role.ADMIN).orThrow().events())
        .as("no change, no message")
        .isEmpty();
    assertThat(staffed.changeRole(ALICE, BOB, Role.MEMBER).orThrow().events())
        .containsExactly(new GroupEvent.RoleChanged(BOB, Role.MEMBER));
  }

  @Test
  void mutes_follow_rank_a_past_time_unmutes_and_a_muted_member_may_not_send() {
    Changed muted = staffed.mute(BOB, CAROL, Optional.of(5_000L), 1_000).orThrow();
    Member carol = muted.group().requireMember(CAROL);

    assertThat(muted.events())
        .containsExactly(new GroupEvent.MemberMuted(CAROL, Optional.of(5_000L)));
    assertThat(muted.group().sendRefusal(carol, 4_999).orElseThrow())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MUTED));
    assertThat(muted.group().sendRefusal(carol, 5_000)).isEmpty();
    assertThat(muted.group().mute(ALICE, CAROL, Optional.of(500L), 1_000).orThrow().events())
        .containsExactly(new GroupEvent.MemberMuted(CAROL, Optional.empty()));
    assertThat(refusalOf(staffed.mute(BOB, ALICE, Optional.of(5_000L), 1)))
        .isEqualTo(Refusal.NOT_ALLOWED);
    assertThat(refusalOf(staffed.mute(ALICE, ALICE, Optional.of(5_000L), 1)))
        .isEqualTo(Refusal.OWNER_STAYS);
    assertThat(refusalOf(staffed.mute(CAROL, BOB, Optional.of(5_000L), 1)))
        .isEqualTo(Refusal.NOT_ALLOWED);
  }

  @Test
  void muting_the_whole_group_leaves_the_owner_and_admins_free_to_send() {
    Group quiet =
        staffed
            .update(
                BOB,
                new GroupSettingsChange(
                    Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty()))
            .orThrow()
            .group();

    assertThat(quiet.sendRefusal(quiet.requireMember(ALICE), 1)).isEmpty();
    assertThat(quiet.sendRefusal(quiet.requireMember(BOB), 1)).isEmpty();
    assertThat(quiet.sendRefusal(quiet.requireMember(CAROL), 1).orElseThrow())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_MUTED));
  }

  @Test
  void an_update_tells_only_what_changed() {
    GroupSettingsChange change =
        new GroupSettingsChange(
            Optional.of(GroupName.of("team")),
            Optional.of(new Announcement("hello")),
            Optional.empty(),
            Optional.of(true));

    Changed updated = staffed.update(ALICE, change).orThrow();

    assertThat(updated.events()).hasSize(1);
    assertThat(updated.events().getFirst().keys()).containsOnlyKeys("announcement", "joinable");
    assertThat(updated.group().update(ALICE, change).orThrow().events()).isEmpty();
    assertThat(refusalOf(staffed.update(CAROL, change))).isEqualTo(Refusal.NOT_ALLOWED);
  }

  @Test
  void a_transfer_makes_the_old_owner_an_admin_and_the_new_one_unmuted() {
    Group mutedCarol = staffed.mute(ALICE, CAROL, Optional.of(9_000L), 1).orThrow().group();

    Changed transferred = mutedCarol.transfer(ALICE, CAROL).orThrow();

    Group after = transferred.group();
    assertThat(after.owner()).isEqualTo(CAROL);
    assertThat(after.requireMember(CAROL).mutedUntil()).isEmpty();
    assertThat(after.admins()).containsExactly(ALICE, BOB);
    assertThat(transferred.events()).containsExactly(new GroupEvent.OwnerTransferred(ALICE, CAROL));
    assertThat(refusalOf(staffed.transfer(ALICE, ALICE))).isEqualTo(Refusal.ONESELF);
    assertThat(refusalOf(staffed.transfer(ALICE, DAVE))).isEqualTo(Refusal.NO_SUCH_MEMBER);
    assertThat(refusalOf(staffed.transfer(BOB, CAROL))).isEqualTo(Refusal.NOT_ALLOWED);
  }

  @Test
  void joining_needs_an_open_group_and_a_dissolved_group_refuses_all_but_reading() {
    assertThat(refusalOf(staffed.join(DAVE, 1, MAX))).isEqualTo(Refusal.NOT_JOINABLE);
    Group open =
        staffed
            .update(
                ALICE,
                new GroupSettingsChange(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true)))
            .orThrow()
            .group();
    assertThat(open.join(DAVE, 1, MAX).orThrow().events())
        .containsExactly(new GroupEvent.MemberJoined(DAVE));
    assertThat(open.join(CAROL, 1, MAX).orThrow().events()).isEmpty();

    Changed dissolved = staffed.dissolve(ALICE).orThrow();

    Group gone = dissolved.group();
    assertThat(gone.dissolved()).isTrue();
    assertThat(refusalOf(staffed.dissolve(BOB))).isEqualTo(Refusal.NOT_ALLOWED);
    assertThat(refusalOf(gone.removeMember(CAROL, CAROL))).isEqualTo(Refusal.DISSOLVED);
    assertThat(refusalOf(gone.join(DAVE, 1, MAX))).isEqualTo(Refusal.DISSOLVED);
    assertThat(refusalOf(gone.removeMember(DAVE, CAROL)))
        .as("403 before 410")
        .isEqualTo(Refusal.NOT_A_MEMBER);
    assertThat(gone.requireMember(CAROL)).isNotNull();
    assertThatThrownBy(() -> gone.requireActiveMember(CAROL))
        .isInstanceOfSatisfying(
            GoneException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_DISSOLVED));
  }

  @Test
  void refusals_become_the_errors_the_protocol_answers() {
    assertThat(((Refused) team.addMembers(BOB, List.of(DAVE), 1, MAX)).toException())
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

  @Test
  void non_members_are_forbidden() {
    assertThatThrownBy(() -> team.requireMember(DAVE)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void a_system_message_is_the_json_of_its_event() {
    assertThat(new GroupEvent.MembersAdded(List.of(BOB, CAROL)).content().text())
        .isEqualTo("{\"event\":\"member_added\",\"user_ids\":[\"bob\",\"carol\"]}");
    assertThat(new GroupEvent.MemberMuted(BOB, Optional.empty()).content().text())
        .isEqualTo("{\"event\":\"member_muted\",\"user_id\":\"bob\",\"muted_until\":null}");
    assertThat(
            new GroupEvent.GroupUpdated(java.util.Map.of("name", "a \"q\"\n\u0001"))
                .content()
                .text())
        .isEqualTo("{\"event\":\"group_updated\",\"name\":\"a \\\"q\\\"\\n\\u0001\"}");
  }
}
