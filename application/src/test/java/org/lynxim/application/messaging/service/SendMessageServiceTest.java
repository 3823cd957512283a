package org.lynxim.application.messaging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.RecordingLocalDevices.Push;
import org.lynxim.application.messaging.port.in.SendMessageCommand;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.SettingsChange;
import org.lynxim.domain.user.UserId;

class SendMessageServiceTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final ConversationId aliceBob = DirectChatId.between(alice, bob);

  @Test
  void a_send_stores_the_message_with_the_next_seq_and_the_servers_time() {
    SendResult first = app.send(alice, aliceBob, "m1", "hi");
    SendResult second = app.send(bob, aliceBob, "m2", "hello");

    assertThat(first.duplicate()).isFalse();
    assertThat(first.message().seq()).isEqualTo(1);
    assertThat(second.message().seq()).isEqualTo(2);
    assertThat(first.message().sendTime()).isEqualTo(app.clock.millis());
    assertThat(app.messages.readAfter(aliceBob, 0, 10))
        .containsExactly(first.message(), second.message());
  }

  @Test
  void the_same_msg_id_again_answers_the_first_message_and_stores_nothing() {
    SendResult first = app.send(alice, aliceBob, "m1", "hi");
    SendResult again = app.send(alice, aliceBob, "m1", "something else");

    assertThat(again.duplicate()).isTrue();
    assertThat(again.message()).isEqualTo(first.message());
    assertThat(app.messages.lastSeq(aliceBob)).isEqualTo(1);
    assertThat(app.recorded.pushes).hasSize(1);
  }

  @Test
  void concurrent_copies_of_one_msg_id_store_one_message() throws Exception {
    Callable<SendResult> copy = () -> app.send(alice, aliceBob, "same", "hi");
    List<SendResult> results;
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<SendResult>> futures =
          pool.invokeAll(IntStream.range(0, 16).mapToObj(i -> copy).toList());
      results = futures.stream().map(SendMessageServiceTest::join).toList();
    }

    assertThat(results).extracting(r -> r.message().seq()).containsOnly(1L);
    assertThat(results).filteredOn(r -> !r.duplicate()).hasSize(1);
    assertThat(app.messages.lastSeq(aliceBob)).isEqualTo(1);
  }

  @Test
  void a_send_pushes_to_every_member_except_the_sending_device() {
    Message sent = app.send(alice, aliceBob, "m1", "hi").message();

    assertThat(app.recorded.pushes)
        .containsExactly(
            new Push(
                sent,
                List.of(alice, bob),
                Map.of(alice, 1L, bob, 1L),
                Optional.of(DeviceId.of("phone"))));
  }

  @Test
  void a_send_moves_the_senders_read_position_without_an_ack_sync() {
    app.send(alice, aliceBob, "m1", "hi");
    app.send(alice, aliceBob, "m2", "again");

    assertThat(app.positions.of(alice, aliceBob)).isEqualTo(new ReadPosition(2));
    assertThat(app.positions.of(bob, aliceBob)).isEqualTo(new ReadPosition(0));
    assertThat(app.recorded.syncs).isEmpty();
  }

  @Test
  void only_the_two_users_of_a_direct_chat_may_send_to_it() {
    UserId carol = app.user("carol");

    assertThatThrownBy(() -> app.send(carol, aliceBob, "x", "hi"))
        .isInstanceOf(ForbiddenException.class);
    assertThat(app.messages.lastSeq(aliceBob)).isZero();
  }

  @Test
  void a_block_either_way_refuses_direct_sends_with_its_reason_but_not_group_sends() {
    SendResult before = app.send(alice, aliceBob, "before", "hi");
    app.blockUser.block(alice, bob);
    var group = app.group(alice, bob);

    assertThatThrownBy(() -> app.send(alice, aliceBob, "a1", "hi"))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.YOU_BLOCKED));
    assertThatThrownBy(() -> app.send(bob, aliceBob, "b1", "hi"))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED_BY_PEER));
    assertThat(app.send(alice, aliceBob, "before", "hi again"))
        .as("a msg_id stored before the block answers its duplicate")
        .isEqualTo(new SendResult(before.message(), true));
    assertThat(app.send(bob, group.conversationId(), "g1", "hi").duplicate()).isFalse();

    app.unblockUser.unblock(alice, bob);
    assertThat(app.send(bob, aliceBob, "b2", "hi").duplicate()).isFalse();
  }

  @Test
  void a_recipient_taking_messages_from_friends_only_refuses_strangers_until_they_are_friends() {
    app.updateSettings.update(
        bob,
        new SettingsChange(
            Optional.of(DirectMessages.FRIENDS), Optional.empty(), Optional.empty()));

    assertThatThrownBy(() -> app.send(alice, aliceBob, "a1", "hi"))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FRIENDS));
    assertThat(app.send(bob, aliceBob, "b1", "bob may write first").duplicate())
        .as("the setting is the recipient's: alice takes messages from everyone")
        .isFalse();

    var asked = app.requestFriendship.request(alice, bob, Optional.empty());
    app.answerFriendRequest.answer(bob, asked.request().id(), true);
    assertThat(app.send(alice, aliceBob, "a1", "hi").message().seq()).isEqualTo(2);
  }

  @Test
  void a_reply_names_a_message_the_sender_can_see_or_is_a_400() {
    app.send(bob, aliceBob, "b1", "question?");
    SendResult reply =
        app.send
            .send(
                new SendMessageCommand(
                    new MessageDraft(
                        aliceBob,
                        MsgId.of("a1"),
                        alice,
                        MsgType.TEXT,
                        MessageContent.of("answer"),
                        Optional.of(1L)),
                    Optional.empty()))
            .join();

    assertThat(reply.message().replyTo()).contains(1L);
    assertThat(app.messages.find(aliceBob, 2).orElseThrow().replyTo()).contains(1L);
    assertThatThrownBy(
            () ->
                app.send.send(
                    new SendMessageCommand(
                        new MessageDraft(
                            aliceBob,
                            MsgId.of("a2"),
                            alice,
                            MsgType.TEXT,
                            MessageContent.of("to nothing"),
                            Optional.of(9L)),
                        Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(app.messages.lastSeq(aliceBob)).isEqualTo(2);
  }

  @Test
  void a_direct_chat_with_an_unknown_user_is_not_found() {
    ConversationId ghost = DirectChatId.between(alice, UserId.of("ghost"));

    assertThatThrownBy(() -> app.send(alice, ghost, "x", "hi"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void group_sends_need_a_member_of_an_existing_group() {
    UserId carol = app.user("carol");
    var group = app.group(alice, bob);

    assertThat(app.send(bob, group.conversationId(), "g1", "hi").message().seq()).isEqualTo(1);
    assertThatThrownBy(() -> app.send(carol, group.conversationId(), "g2", "hi"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                app.send(
                    alice,
                    org.lynxim.domain.conversation.GroupId.of("nope").conversation(),
                    "g3",
                    "x"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_rate_limited_send_stores_nothing_and_keeps_its_msg_id_free() {
    var limited = new java.util.concurrent.atomic.AtomicBoolean(true);
    InMemoryApplication throttled = new InMemoryApplication(null, (user, device) -> !limited.get());
    UserId carol = throttled.user("carol");
    UserId dave = throttled.user("dave");
    ConversationId chat = DirectChatId.between(carol, dave);

    assertThatThrownBy(() -> throttled.send(carol, chat, "m1", "hi"))
        .isInstanceOf(org.lynxim.domain.error.RateLimitedException.class);
    assertThat(throttled.messages.lastSeq(chat)).isZero();
    limited.set(false);
    assertThat(throttled.send(carol, chat, "m1", "hi").duplicate()).isFalse();
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
