package org.lynxim.application.social.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.RecordingLocalDevices.Notice;
import org.lynxim.application.social.port.in.RequestFriendshipUseCase.Requested;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.social.Friend;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestStatus;
import org.lynxim.domain.social.Remark;
import org.lynxim.domain.social.RequestDirection;
import org.lynxim.domain.user.UserId;

class FriendServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId ann = app.user("ann");
  private final UserId bob = app.user("bob");
  private final UserId cat = app.user("cat");

  private Requested ask(UserId from, UserId to) {
    return app.requestFriendship.request(from, to, Optional.of("hi"));
  }

  private void befriend(UserId from, UserId to) {
    app.answerFriendRequest.answer(to, ask(from, to).request().id(), true);
  }

  @Test
  void a_new_request_is_told_to_its_addressee_and_asking_again_tells_nobody() {
    Requested first = ask(ann, bob);
    Requested again = app.requestFriendship.request(ann, bob, Optional.of("second message"));

    assertThat(first.isNew()).isTrue();
    assertThat(first.request().status()).isEqualTo(FriendRequestStatus.PENDING);
    assertThat(again).isEqualTo(new Requested(first.request(), false));
    assertThat(app.recorded.notices)
        .containsExactly(new Notice(bob, new AccountNotice.FriendRequestReceived(first.request())));
    assertThat(app.friendRequests.requests(bob, RequestDirection.INCOMING))
        .containsExactly(first.request());
    assertThat(app.friendRequests.requests(ann, RequestDirection.OUTGOING))
        .containsExactly(first.request());
  }

  @Test
  void an_accept_makes_friends_and_tells_the_requester_and_both() {
    FriendRequest asked = ask(ann, bob).request();
    app.recorded.notices.clear();

    FriendRequest accepted = app.answerFriendRequest.answer(bob, asked.id(), true);

    assertThat(accepted).isEqualTo(asked.withStatus(FriendRequestStatus.ACCEPTED));
    assertThat(app.recorded.notices)
        .containsExactly(
            new Notice(ann, new AccountNotice.FriendRequestAnswered(accepted)),
            new Notice(ann, new AccountNotice.FriendAdded(bob)),
            new Notice(bob, new AccountNotice.FriendAdded(ann)));
    assertThat(app.listFriends.friends(ann)).extracting(Friend::user).containsExactly(bob);
    assertThat(app.listFriends.friends(bob)).extracting(Friend::user).containsExactly(ann);
    assertThatThrownBy(() -> app.answerFriendRequest.answer(bob, asked.id(), false))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_PENDING));
  }

  @Test
  void a_reject_tells_the_requester_only_and_makes_no_friends() {
    FriendRequest asked = ask(ann, bob).request();
    app.recorded.notices.clear();

    FriendRequest rejected = app.answerFriendRequest.answer(bob, asked.id(), false);

    assertThat(rejected.status()).isEqualTo(FriendRequestStatus.REJECTED);
    assertThat(app.recorded.notices)
        .containsExactly(new Notice(ann, new AccountNotice.FriendRequestAnswered(rejected)));
    assertThat(app.listFriends.friends(ann)).isEmpty();
  }

  @Test
  void only_the_addressee_may_answer_for_everyone_else_the_request_does_not_exist() {
    FriendRequest asked = ask(ann, bob).request();

    assertThatThrownBy(() -> app.answerFriendRequest.answer(ann, asked.id(), true))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> app.answerFriendRequest.answer(cat, asked.id(), true))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void asking_back_accepts_the_pending_request_and_tells_like_an_accept() {
    FriendRequest bobAsked = ask(bob, ann).request();
    app.recorded.notices.clear();

    Requested answered = ask(ann, bob);

    FriendRequest accepted = bobAsked.withStatus(FriendRequestStatus.ACCEPTED);
    assertThat(answered).isEqualTo(new Requested(accepted, false));
    assertThat(app.recorded.notices)
        .containsExactly(
            new Notice(bob, new AccountNotice.FriendRequestAnswered(accepted)),
            new Notice(bob, new AccountNotice.FriendAdded(ann)),
            new Notice(ann, new AccountNotice.FriendAdded(bob)));
    assertThat(app.friendRequests.requests(ann, RequestDirection.INCOMING)).isEmpty();
  }

  @Test
  void refusals_come_in_the_order_of_the_page() {
    assertThatThrownBy(() -> ask(ann, ann)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ask(ann, UserId.of("ghost"))).isInstanceOf(NotFoundException.class);
    befriend(ann, bob);
    app.blockUser.block(cat, ann);
    assertThatThrownBy(() -> ask(ann, bob))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_FRIENDS));
    assertThatThrownBy(() -> ask(ann, cat))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED));
    assertThatThrownBy(() -> ask(cat, ann))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED));
  }

  @Test
  void a_block_ends_the_friendship_for_both_and_silently_rejects_pending_requests() {
    befriend(ann, bob);
    FriendRequest fromCat = ask(cat, ann).request();
    app.recorded.notices.clear();

    app.blockUser.block(ann, bob);
    app.blockUser.block(ann, cat);

    assertThat(app.recorded.notices)
        .containsExactly(
            new Notice(ann, new AccountNotice.BlockChanged(bob, true)),
            new Notice(ann, new AccountNotice.FriendRemoved(bob)),
            new Notice(bob, new AccountNotice.FriendRemoved(ann)),
            new Notice(ann, new AccountNotice.BlockChanged(cat, true)));
    assertThat(app.listFriends.friends(bob)).isEmpty();
    assertThat(app.friendships.request(fromCat.id()).orElseThrow().status())
        .isEqualTo(FriendRequestStatus.REJECTED);
    app.recorded.notices.clear();
    app.blockUser.block(ann, bob);
    assertThat(app.recorded.notices).as("blocking again sends nothing").isEmpty();
  }

  @Test
  void removing_a_friend_tells_both_and_a_second_time_is_not_found() {
    befriend(ann, bob);
    app.recorded.notices.clear();

    app.removeFriend.remove(bob, ann);

    assertThat(app.recorded.notices)
        .containsExactly(
            new Notice(bob, new AccountNotice.FriendRemoved(ann)),
            new Notice(ann, new AccountNotice.FriendRemoved(bob)));
    assertThatThrownBy(() -> app.removeFriend.remove(bob, ann))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_remark_needs_a_friend() {
    befriend(ann, bob);

    assertThat(app.remarkFriend.remark(ann, bob, Optional.of(new Remark("B"))).remark())
        .contains(new Remark("B"));
    assertThatThrownBy(() -> app.remarkFriend.remark(ann, cat, Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }
}
