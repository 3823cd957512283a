package org.lynxim.domain.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.UserId;

class FriendRequestRulesTest {
  private final UserId ann = UserId.of("ann");
  private final UserId bob = UserId.of("bob");
  private final Instant now = Instant.parse("2026-12-02T08:00:00Z");
  private final FriendRequest annAsks = request("r1", ann, bob);
  private final FriendRequest bobAsks = request("r2", bob, ann);

  private FriendRequest request(String id, UserId from, UserId to) {
    return FriendRequest.open(FriendRequestId.of(id), from, to, Optional.of("hi"), now);
  }

  private static Befriending strangers() {
    return new Befriending(BlockStatus.NONE, false, Optional.empty(), Optional.empty());
  }

  @Test
  void a_request_to_a_stranger_opens() {
    assertThat(strangers().propose(annAsks)).isEqualTo(new FriendRequestOutcome.Opened(annAsks));
    assertThat(annAsks.status()).isEqualTo(FriendRequestStatus.PENDING);
  }

  @Test
  void asking_again_while_pending_answers_the_first_request_with_its_first_message() {
    FriendRequest first = annAsks;
    Befriending waiting =
        new Befriending(BlockStatus.NONE, false, Optional.of(first), Optional.empty());

    assertThat(waiting.propose(request("r9", ann, bob)))
        .isEqualTo(new FriendRequestOutcome.StillPending(first));
  }

  @Test
  void asking_someone_who_asked_first_accepts_their_request() {
    Befriending crossed =
        new Befriending(BlockStatus.NONE, false, Optional.empty(), Optional.of(bobAsks));

    assertThat(crossed.propose(annAsks))
        .isEqualTo(
            new FriendRequestOutcome.AcceptedTheirs(
                bobAsks.withStatus(FriendRequestStatus.ACCEPTED)));
  }

  @Test
  void a_block_either_way_comes_before_friendship_and_pending_requests() {
    for (BlockStatus blocked :
        new BlockStatus[] {BlockStatus.YOU_BLOCKED, BlockStatus.BLOCKED_BY_PEER}) {
      Befriending befriending =
          new Befriending(blocked, true, Optional.empty(), Optional.of(bobAsks));
      assertThat(befriending.propose(annAsks))
          .isEqualTo(new FriendRequestOutcome.Refused(FriendRefusal.BLOCKED));
    }
    assertThat(FriendRefusal.BLOCKED.toException())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED));
  }

  @Test
  void friends_cannot_ask_again() {
    Befriending friends =
        new Befriending(BlockStatus.NONE, true, Optional.empty(), Optional.empty());

    assertThat(friends.propose(annAsks))
        .isEqualTo(new FriendRequestOutcome.Refused(FriendRefusal.ALREADY_FRIENDS));
    assertThat(FriendRefusal.ALREADY_FRIENDS.toException())
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_FRIENDS));
  }

  @Test
  void only_the_addressee_answers_and_only_once() {
    assertThat(annAsks.answer(bob, true))
        .isEqualTo(
            new FriendRequestOutcome.Answered(annAsks.withStatus(FriendRequestStatus.ACCEPTED)));
    assertThat(annAsks.answer(bob, false))
        .isEqualTo(
            new FriendRequestOutcome.Answered(annAsks.withStatus(FriendRequestStatus.REJECTED)));
    assertThat(annAsks.answer(ann, true))
        .isEqualTo(new FriendRequestOutcome.Refused(FriendRefusal.NOT_YOURS));
    assertThat(annAsks.withStatus(FriendRequestStatus.REJECTED).answer(bob, true))
        .isEqualTo(new FriendRequestOutcome.Refused(FriendRefusal.NOT_PENDING));
    assertThat(FriendRefusal.NOT_YOURS.toException()).isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_request_names_two_users_and_a_message_of_at_most_256_characters() {
    assertThatThrownBy(() -> request("r3", ann, ann)).isInstanceOf(IllegalArgumentException.class);
    String emoji = "\ud83d\ude00";
    FriendRequest longest =
        FriendRequest.open(FriendRequestId.of("r4"), ann, bob, Optional.of(emoji.repeat(256)), now);
    assertThat(longest.message()).isPresent();
    assertThatThrownBy(
            () ->
                FriendRequest.open(
                    FriendRequestId.of("r5"), ann, bob, Optional.of("x".repeat(257)), now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FriendRequestId.of("no spaces"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_direct_message_is_refused_by_a_block_first_then_by_a_friends_only_peer() {
    assertThat(Standing.NONE.directMessageRefusal()).isEmpty();
    assertThat(new Standing(BlockStatus.NONE, true, DirectMessages.FRIENDS).directMessageRefusal())
        .isEmpty();
    assertThat(
            new Standing(BlockStatus.NONE, false, DirectMessages.FRIENDS)
                .directMessageRefusal()
                .orElseThrow()
                .reason())
        .isEqualTo(Reason.NOT_FRIENDS);
    assertThat(
            new Standing(BlockStatus.BLOCKED_BY_PEER, false, DirectMessages.FRIENDS)
                .directMessageRefusal()
                .orElseThrow()
                .reason())
        .isEqualTo(Reason.BLOCKED_BY_PEER);
  }

  @Test
  void a_remark_holds_at_most_64_characters() {
    assertThat(new Remark("").value()).isEmpty();
    assertThat(new Remark("r".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> new Remark("r".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
