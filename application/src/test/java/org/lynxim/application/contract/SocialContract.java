package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.social.BlockStatus;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.FriendRequestStatus;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.social.RequestDirection;
import org.lynxim.domain.social.Standing;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/** What every store of {@link Blocks}, {@link Friendships} and {@link Relations} must do. */
public abstract class SocialContract {
  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final UserId ann = UserId.of("ann" + run);
  private final UserId bob = UserId.of("bob" + run);
  private final UserId cat = UserId.of("cat" + run);
  private final Instant first = Instant.parse("2026-12-01T10:00:00.123Z");
  private Stores stores;
  private Blocks blocks;
  private Friendships friendships;
  private Relations relations;

  /** The stores of one database, seeing the same users. */
  public record Stores(
      UserAccounts accounts,
      UserSettingsStore settings,
      Blocks blocks,
      Friendships friendships,
      Relations relations) {}

  protected abstract Stores newStores();

  @BeforeEach
  void setUp() {
    stores = newStores();
    blocks = stores.blocks();
    friendships = stores.friendships();
    relations = stores.relations();
    stores.accounts().add(new UserAccount(ann, "hash", Optional.of(new Nickname("Ann"))));
    stores.accounts().add(new UserAccount(bob, "hash", Optional.empty()));
    stores.accounts().add(new UserAccount(cat, "hash", Optional.of(new Nickname("Cat"))));
  }

  private FriendRequest request(UserId from, UserId to, Instant at) {
    return FriendRequest.open(
        FriendRequestId.of("r" + UUID.randomUUID().toString().replace("-", "").substring(0, 20)),
        from,
        to,
        Optional.of("hi \u00e9\ud83d\ude00"),
        at);
  }

  @Test
  void a_block_is_seen_from_both_sides_and_blocking_again_keeps_the_first_time() {
    Blocks.Blocking made = blocks.block(ann, bob, first);
    Blocks.Blocking again = blocks.block(ann, bob, first.plusSeconds(60));

    assertThat(made.isNew()).isTrue();
    assertThat(again.isNew()).isFalse();
    assertThat(again.block().since()).isEqualTo(first);
    assertThat(relations.standing(ann, bob).blocks()).isEqualTo(BlockStatus.YOU_BLOCKED);
    assertThat(relations.standing(bob, ann).blocks()).isEqualTo(BlockStatus.BLOCKED_BY_PEER);
    assertThat(relations.standing(ann, cat)).isEqualTo(Standing.NONE);
  }

  @Test
  void both_may_block_each_other_and_each_sees_its_own_block_first() {
    blocks.block(ann, bob, first);
    blocks.block(bob, ann, first);

    assertThat(relations.standing(ann, bob).blocks()).isEqualTo(BlockStatus.YOU_BLOCKED);
    assertThat(relations.standing(bob, ann).blocks()).isEqualTo(BlockStatus.YOU_BLOCKED);
  }

  @Test
  void a_lifted_block_is_gone_and_lifting_none_says_so() {
    blocks.block(ann, cat, first);
    blocks.block(ann, bob, first);

    assertThat(blocks.unblock(ann, cat)).isTrue();
    assertThat(blocks.unblock(ann, cat)).isFalse();
    assertThat(blocks.blocksOf(ann)).extracting(block -> block.user()).containsExactly(bob);
    assertThat(relations.standing(cat, ann).blocks()).isEqualTo(BlockStatus.NONE);
  }

  @Test
  void blocks_either_way_are_listed_together() {
    blocks.block(ann, bob, first);
    blocks.block(cat, ann, first);

    assertThat(blocks.blockedEitherWay(ann)).containsExactlyInAnyOrder(bob, cat);
    assertThat(blocks.blockedEitherWay(bob)).containsExactly(ann);
  }

  @Test
  void the_standing_tells_whom_the_peer_takes_direct_messages_from() {
    stores.settings().save(bob, new UserSettings(DirectMessages.FRIENDS, true, true));

    assertThat(relations.standing(ann, bob).peerTakes()).isEqualTo(DirectMessages.FRIENDS);
    assertThat(relations.standing(bob, ann).peerTakes()).isEqualTo(DirectMessages.EVERYONE);
  }

  @Test
  void a_request_waits_once_per_direction_and_is_read_back_as_stored() {
    FriendRequest asked = request(ann, bob, first);

    Friendships.Opening opened = friendships.open(asked);
    Friendships.Opening again = friendships.open(request(ann, bob, first.plusSeconds(5)));

    assertThat(opened).isEqualTo(new Friendships.Opening(asked, true));
    assertThat(again).isEqualTo(new Friendships.Opening(asked, false));
    assertThat(friendships.request(asked.id())).contains(asked);
    assertThat(friendships.pendingBetween(ann, bob))
        .isEqualTo(new Friendships.PendingRequests(Optional.of(asked), Optional.empty()));
    assertThat(friendships.pendingBetween(bob, ann))
        .isEqualTo(new Friendships.PendingRequests(Optional.empty(), Optional.of(asked)));
    assertThat(friendships.request(FriendRequestId.of("nothing" + run))).isEmpty();
  }

  @Test
  void asks_that_race_keep_one_pending_request() throws Exception {
    int racers = 8;
    List<Callable<Friendships.Opening>> asks = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      asks.add(() -> friendships.open(request(ann, bob, first)));
    }
    List<Friendships.Opening> openings = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(racers)) {
      for (Future<Friendships.Opening> opening : threads.invokeAll(asks)) {
        openings.add(opening.get());
      }
    }

    assertThat(openings).filteredOn(Friendships.Opening::isNew).hasSize(1);
    assertThat(openings)
        .extracting(opening -> opening.request().id())
        .containsOnly(
            openings.stream()
                .filter(Friendships.Opening::isNew)
                .findFirst()
                .orElseThrow()
                .request()
                .id());
    assertThat(friendships.pending(bob, RequestDirection.INCOMING)).hasSize(1);
  }

  @Test
  void pending_requests_are_listed_newest_first_each_way() {
    FriendRequest fromBob = request(bob, ann, first);
    FriendRequest fromCat = request(cat, ann, first.plusSeconds(1));
    FriendRequest toCat = request(ann, cat, first.plusSeconds(2));
    friendships.open(fromBob);
    friendships.open(fromCat);
    friendships.open(toCat);

    assertThat(friendships.pending(ann, RequestDirection.INCOMING))
        .containsExactly(fromCat, fromBob);
    assertThat(friendships.pending(ann, RequestDirection.OUTGOING)).containsExactly(toCat);
  }

  @Test
  void an_accepted_request_makes_friends_both_ways_and_settles_the_one_the_other_way() {
    FriendRequest asked = request(ann, bob, first);
    FriendRequest crossed = request(bob, ann, first);
    friendships.open(asked);
    friendships.open(crossed);
    Instant accepted = first.plusSeconds(30);

    assertThat(friendships.answer(asked.withStatus(FriendRequestStatus.ACCEPTED), accepted))
        .isTrue();
    assertThat(friendships.answer(asked.withStatus(FriendRequestStatus.REJECTED), accepted))
        .isFalse();

    assertThat(friendships.request(asked.id()).orElseThrow().status())
        .isEqualTo(FriendRequestStatus.ACCEPTED);
    assertThat(friendships.request(crossed.id()).orElseThrow().status())
        .isEqualTo(FriendRequestStatus.ACCEPTED);
    assertThat(friendships.pending(ann, RequestDirection.INCOMING)).isEmpty();
    assertThat(friendships.friendsOf(ann))
        .containsExactly(new Friend(bob, Optional.empty(), Optional.empty(), accepted));
    assertThat(friendships.friendsOf(bob))
        .containsExactly(
            new Friend(ann, Optional.of(new Nickname("Ann")), Optional.empty(), accepted));
    assertThat(relations.standing(ann, bob).friends()).isTrue();
    assertThat(relations.standing(bob, ann).friends()).isTrue();
  }

  @Test
  void a_rejected_request_makes_no_friends_and_a_new_one_may_follow() {
    FriendRequest asked = request(ann, bob, first);
    friendships.open(asked);

    assertThat(friendships.answer(asked.withStatus(FriendRequestStatus.REJECTED), first)).isTrue();

    assertThat(friendships.friendsOf(ann)).isEmpty();
    assertThat(friendships.open(request(ann, bob, first.plusSeconds(1))).isNew()).isTrue();
  }

  @Test
  void a_remark_is_private_to_its_author_and_only_for_friends() {
    befriend(ann, bob);

    Optional<Friend> remarked =
        friendships.remark(ann, bob, Optional.of(new Remark("Bobby \u00e9")));

    assertThat(remarked.orElseThrow().remark()).contains(new Remark("Bobby \u00e9"));
    assertThat(friendships.friendsOf(ann).getFirst().remark()).contains(new Remark("Bobby \u00e9"));
    assertThat(friendships.friendsOf(bob).getFirst().remark()).isEmpty();
    assertThat(friendships.remark(ann, bob, Optional.empty()).orElseThrow().remark()).isEmpty();
    assertThat(friendships.remark(ann, cat, Optional.of(new Remark("x")))).isEmpty();
  }

  @Test
  void unfriending_ends_both_sides_once() {
    befriend(ann, bob);
    befriend(ann, cat);

    assertThat(friendships.unfriend(bob, ann)).isTrue();
    assertThat(friendships.unfriend(ann, bob)).isFalse();

    assertThat(friendships.friendsOf(ann)).extracting(Friend::user).containsExactly(cat);
    assertThat(friendships.friendsOf(bob)).isEmpty();
  }

  @Test
  void breaking_off_ends_the_friendship_and_rejects_what_waits_either_way() {
    befriend(ann, bob);
    FriendRequest toCat = request(ann, cat, first);
    FriendRequest fromCat = request(cat, ann, first);
    friendships.open(toCat);
    friendships.open(fromCat);

    assertThat(friendships.breakOff(ann, bob)).isTrue();
    assertThat(friendships.breakOff(cat, ann)).isFalse();

    assertThat(friendships.friendsOf(ann)).isEmpty();
    assertThat(friendships.request(toCat.id()).orElseThrow().status())
        .isEqualTo(FriendRequestStatus.REJECTED);
    assertThat(friendships.request(fromCat.id()).orElseThrow().status())
        .isEqualTo(FriendRequestStatus.REJECTED);
    assertThat(friendships.pendingBetween(ann, cat))
        .isEqualTo(new Friendships.PendingRequests(Optional.empty(), Optional.empty()));
  }

  private void befriend(UserId from, UserId to) {
    FriendRequest asked = request(from, to, first);
    friendships.open(asked);
    friendships.answer(asked.withStatus(FriendRequestStatus.ACCEPTED), first);
  }
}
