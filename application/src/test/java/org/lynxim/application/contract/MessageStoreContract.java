package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.messaging.port.out.ConversationHeads;
import org.lynxim.application.messaging.port.out.DuplicateMessageException;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationHead;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.conversation.IdempotencyKey;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.StreamState;
import org.lynxim.domain.user.UserId;

/** What every {@link MessageStore} and {@link ConversationHeads} must do. */
public abstract class MessageStoreContract {
  private MessageStore store;
  private ConversationHeads heads;
  private UserId alice;
  private UserId bob;
  private ConversationId direct;
  private ConversationId group;

  /** A store to test; both interfaces are answered by the same object. */
  protected abstract MessageStore newStore();

  @BeforeEach
  void setUp() {
    store = newStore();
    heads = (ConversationHeads) store;
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    alice = UserId.of("a" + run);
    bob = UserId.of("b" + run);
    direct = DirectChatId.between(alice, bob);
    group = GroupId.of("g" + run).conversation();
  }

  private Message message(ConversationId conversation, long seq, UserId sender, String text) {
    return new Message(
        conversation,
        seq,
        MsgId.of("m" + seq + sender.value()),
        sender,
        MsgType.IMAGE,
        MessageContent.of(text),
        1_763_800_000_000L + seq);
  }

  private Optional<Message> find(ConversationId conversation, UserId sender, MsgId msgId) {
    IdempotencyKey key = new IdempotencyKey(conversation, sender, msgId);
    return Optional.ofNullable(store.findStored(List.of(key)).get(key));
  }

  private void append(Message... batch) {
    store.appendAll(List.of(batch));
  }

  private Message system(ConversationId conversation, long seq) {
    return new Message(
        conversation,
        seq,
        MsgId.of("sys" + seq),
        alice,
        MsgType.SYSTEM,
        MessageContent.of("{\"event\":\"member_added\",\"user_ids\":[\"x\"]}"),
        1_763_800_000_000L + seq);
  }

  @Test
  void system_messages_above_a_seq_are_counted_per_conversation() {
    append(message(group, 1, alice, "one"), system(group, 2), message(group, 3, bob, "three"));
    append(system(group, 4), system(group, 5), message(direct, 1, alice, "hi"));
    append(message(group, 6, alice, "six"), system(group, 7));

    assertThat(heads.systemMessagesAbove(Map.of(group, 0L, direct, 0L)))
        .isEqualTo(Map.of(group, 4L));
    assertThat(heads.systemMessagesAbove(Map.of(group, 2L))).isEqualTo(Map.of(group, 3L));
    assertThat(heads.systemMessagesAbove(Map.of(group, 3L))).isEqualTo(Map.of(group, 3L));
    assertThat(heads.systemMessagesAbove(Map.of(group, 5L))).isEqualTo(Map.of(group, 1L));
    assertThat(heads.systemMessagesAbove(Map.of(group, 7L))).isEmpty();
    assertThat(find(group, alice, MsgId.of("sys4")).orElseThrow().type()).isEqualTo(MsgType.SYSTEM);
  }

  /** A system message of the direct chat that carries a change to an earlier message. */
  private void amend(long seq, Amendment amendment) {
    store.appendAll(List.of(system(direct, seq)), List.of(), List.of(amendment));
  }

  @Test
  void changes_are_stored_with_the_system_messages_that_tell_of_them_and_read_so_everywhere() {
    append(message(direct, 1, alice, "one"), message(direct, 2, alice, "two"));
    Amendment.Target first = new Amendment.Target(direct, 1);
    Amendment.Target second = new Amendment.Target(direct, 2);

    amend(3, new Amendment.Edit(first, MessageContent.of("one, edited \u00e9"), 5_000));
    amend(4, new Amendment.Recall(second));
    amend(5, new Amendment.Edit(second, MessageContent.of("too late"), 6_000));

    Message edited = store.find(direct, 1).orElseThrow();
    assertThat(edited.content().text()).isEqualTo("one, edited \u00e9");
    assertThat(edited.editedAt()).contains(5_000L);
    assertThat(edited.recalled()).isFalse();
    Message recalled = store.find(direct, 2).orElseThrow();
    assertThat(recalled.recalled()).isTrue();
    assertThat(recalled.content().text()).isEmpty();
    assertThat(store.readAfter(direct, 0, 2)).containsExactly(edited, recalled);
    assertThat(store.readAfter(direct, 2, 10))
        .extracting(Message::type)
        .containsOnly(MsgType.SYSTEM);
    assertThat(find(direct, alice, recalled.msgId())).contains(recalled);
    assertThat(heads.headsOf(List.of(direct)).get(direct).lastMessage().seq()).isEqualTo(5);
    assertThat(store.find(direct, 6)).isEmpty();
  }

  private Message stream(ConversationId conversation, long seq, long sentAt) {
    return new Message(
        conversation,
        seq,
        MsgId.of("st" + seq),
        alice,
        MsgType.TEXT,
        MessageContent.streamStart(""),
        sentAt,
        Optional.empty(),
        StreamState.OPEN);
  }

  @Test
  void a_stream_stays_open_until_its_end_is_stored_with_the_whole_content() {
    Message open = stream(group, 1, 5_000);
    append(open, stream(group, 2, 9_000));
    assertThat(store.find(group, 1)).contains(open);
    assertThat(store.openStreams(9_000, 10)).extracting(Message::seq).contains(1L);
    assertThat(store.openStreams(9_000, 10)).extracting(Message::seq).doesNotContain(2L);

    // Longer than a sent message may be: a stream holds up to its own limit.
    String whole = "ü".repeat(32_768);
    store.appendAll(
        List.of(message(group, 3, alice, "updated")),
        List.of(),
        List.of(
            new Amendment.EndStream(
                Amendment.Target.of(open), MessageContent.streamed(whole, 65_536))));

    Message ended = store.find(group, 1).orElseThrow();
    assertThat(ended.stream()).isEqualTo(StreamState.ENDED);
    assertThat(ended.content().text()).isEqualTo(whole);
    assertThat(ended.streaming()).isFalse();
    assertThat(store.openStreams(Long.MAX_VALUE, 10)).extracting(Message::seq).containsExactly(2L);

    store.appendAll(
        List.of(message(group, 4, alice, "recalled")),
        List.of(),
        List.of(new Amendment.Recall(new Amendment.Target(group, 2))));
    assertThat(store.find(group, 2).orElseThrow().stream())
        .as("recalling an open stream ends it")
        .isEqualTo(StreamState.ENDED);
    assertThat(store.openStreams(Long.MAX_VALUE, 10)).isEmpty();
  }

  @Test
  void a_reply_keeps_the_seq_it_answers() {
    Message reply =
        new Message(
            direct,
            2,
            MsgId.of("r2"),
            bob,
            MsgType.TEXT,
            MessageContent.of("yes"),
            1_000,
            Optional.of(1L),
            StreamState.NONE);
    append(message(direct, 1, alice, "question"), reply);

    assertThat(store.find(direct, 2)).contains(reply);
    assertThat(store.readAfter(direct, 1, 5)).containsExactly(reply);
    assertThat(find(direct, bob, MsgId.of("r2"))).contains(reply);
  }

  @Test
  void an_appended_message_reads_back_unchanged() {
    Message hello = message(direct, 1, alice, "h\u00e9llo \uD83D\uDE00");
    append(hello);

    assertThat(store.readAfter(direct, 0, 10)).containsExactly(hello);
    assertThat(find(direct, alice, hello.msgId())).contains(hello);
    assertThat(store.lastSeq(direct)).isEqualTo(1);
  }

  @Test
  void reads_return_seqs_above_the_cursor_in_ascending_order_up_to_the_limit() {
    for (long seq = 1; seq <= 7; seq++) {
      append(message(group, seq, seq % 2 == 0 ? alice : bob, "m" + seq));
    }

    assertThat(store.readAfter(group, 2, 3)).extracting(Message::seq).containsExactly(3L, 4L, 5L);
    assertThat(store.readAfter(group, 5, 10)).extracting(Message::seq).containsExactly(6L, 7L);
    assertThat(store.readAfter(group, 7, 10)).isEmpty();
    assertThat(store.lastSeq(group)).isEqualTo(7);
  }

  @Test
  void an_empty_conversation_has_last_seq_zero_and_nothing_to_read() {
    assertThat(store.lastSeq(direct)).isZero();
    assertThat(store.readAfter(direct, 0, 50)).isEmpty();
    assertThat(find(direct, alice, MsgId.of("nope"))).isEmpty();
  }

  @Test
  void the_same_idempotency_key_is_refused_and_changes_nothing() {
    Message first = message(direct, 1, alice, "first");
    append(first);
    Message again = new Message(direct, 2, first.msgId(), alice, MsgType.TEXT, first.content(), 9);

    assertThatThrownBy(() -> append(again)).isInstanceOf(DuplicateMessageException.class);
    assertThat(store.readAfter(direct, 0, 10)).containsExactly(first);
    assertThat(store.lastSeq(direct)).isEqualTo(1);
  }

  @Test
  void the_same_msg_id_from_another_sender_or_conversation_is_another_message() {
    Message fromAlice = message(direct, 1, alice, "x");
    Message fromBob =
        new Message(direct, 2, fromAlice.msgId(), bob, MsgType.TEXT, fromAlice.content(), 5);
    Message inGroup =
        new Message(group, 1, fromAlice.msgId(), alice, MsgType.TEXT, fromAlice.content(), 5);
    append(fromAlice);
    append(fromBob);
    append(inGroup);

    assertThat(find(direct, bob, fromAlice.msgId())).contains(fromBob);
    assertThat(find(group, alice, fromAlice.msgId())).contains(inGroup);
  }

  @Test
  void msg_ids_that_differ_only_in_case_are_different_keys() {
    Message lower =
        new Message(direct, 1, MsgId.of("abc"), alice, MsgType.TEXT, MessageContent.of("a"), 1);
    Message upper =
        new Message(direct, 2, MsgId.of("ABC"), alice, MsgType.TEXT, MessageContent.of("b"), 2);
    append(lower);
    append(upper);

    assertThat(find(direct, alice, MsgId.of("ABC"))).contains(upper);
  }

  @Test
  void a_seq_cannot_be_stored_twice() {
    append(message(direct, 1, alice, "x"));

    assertThatThrownBy(() -> append(message(direct, 1, bob, "y")))
        .isInstanceOf(DuplicateMessageException.class);
  }

  @Test
  void a_batch_stores_messages_of_several_conversations_at_once() {
    Message d1 = message(direct, 1, alice, "d1");
    Message g1 = message(group, 1, bob, "g1");
    Message d2 = message(direct, 2, bob, "d2");
    append(d1, g1, d2);

    assertThat(store.readAfter(direct, 0, 10)).containsExactly(d1, d2);
    assertThat(store.readAfter(group, 0, 10)).containsExactly(g1);
    assertThat(store.lastSeq(direct)).isEqualTo(2);
    assertThat(heads.directHeadsOf(alice)).containsExactly(new ConversationHead(direct, d2));
  }

  @Test
  void a_batch_with_a_stored_key_stores_nothing() {
    Message first = message(direct, 1, alice, "first");
    append(first);
    Message fresh = message(group, 1, bob, "fresh");
    Message again = new Message(direct, 2, first.msgId(), alice, MsgType.TEXT, first.content(), 9);

    assertThatThrownBy(() -> append(fresh, again)).isInstanceOf(DuplicateMessageException.class);
    assertThat(store.readAfter(group, 0, 10)).isEmpty();
    assertThat(store.lastSeq(direct)).isEqualTo(1);
  }

  @Test
  void find_stored_answers_the_stored_keys_only() {
    Message one = message(direct, 1, alice, "one");
    Message two = message(group, 1, bob, "two");
    append(one, two);
    var missing = new IdempotencyKey(direct, bob, MsgId.of("missing"));

    assertThat(store.findStored(List.of(one.key(), two.key(), missing)))
        .containsOnly(Map.entry(one.key(), one), Map.entry(two.key(), two));
    assertThat(store.findStored(List.of())).isEmpty();
  }

  @Test
  void heads_name_each_conversations_newest_message() {
    append(message(direct, 1, alice, "one"));
    Message two = message(direct, 2, bob, "two");
    append(two);
    Message groupLast = message(group, 1, alice, "g");
    append(groupLast);

    assertThat(heads.directHeadsOf(alice)).containsExactly(new ConversationHead(direct, two));
    assertThat(heads.directHeadsOf(bob)).containsExactly(new ConversationHead(direct, two));
    ConversationId empty = GroupId.of("empty" + alice.value()).conversation();
    Map<ConversationId, ConversationHead> found = heads.headsOf(List.of(group, empty));
    assertThat(found).containsExactly(Map.entry(group, new ConversationHead(group, groupLast)));
    assertThat(heads.headsOf(List.of())).isEmpty();
  }
}
