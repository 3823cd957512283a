package org.lynxim.adapter.out.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.contract.InboxStoreContract;
import org.lynxim.application.contract.MessageStoreContract;
import org.lynxim.application.contract.ReadPositionsContract;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.FileReference;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.StreamState;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/** The RocksDB timeline, inboxes and read positions under their contracts, and what is its own. */
class RocksTimelineTest {
  @TempDir static Path directory;
  private static RocksTimeline timeline;

  /** What the timeline told the database outside it, in order. */
  private final List<String> outside = new ArrayList<>();

  @BeforeAll
  static void open() {
    timeline = RocksTimeline.open(directory.resolve("shared"), false);
  }

  @AfterAll
  static void close() {
    timeline.close();
  }

  private MessageStore recordingStore(RocksTimeline on) {
    return on.messageStore(
        (references, recalled) -> {
          references.forEach(reference -> outside.add("references " + reference.file().value()));
          recalled.forEach(target -> outside.add("recalled " + target.seq()));
        });
  }

  @Nested
  class Messages extends MessageStoreContract {
    @Override
    protected MessageStore newStore() {
      return timeline.messageStore(OutsideTheTimeline.nothing());
    }
  }

  @Nested
  class Inboxes extends InboxStoreContract {
    @Override
    protected InboxStore newInboxes() {
      return timeline.inboxStore(Clock.systemUTC());
    }

    @Override
    protected void storeMessages(List<Message> messages) {
      timeline.messageStore(OutsideTheTimeline.nothing()).appendAll(messages);
    }
  }

  @Nested
  class Positions extends ReadPositionsContract {
    @Override
    protected ReadPositions newPositions() {
      return timeline.readPositions();
    }
  }

  private static ConversationId newChat() {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    return DirectChatId.between(UserId.of("a" + run), UserId.of("b" + run));
  }

  private static Message text(ConversationId chat, long seq, String content) {
    DirectChatId direct = (DirectChatId) chat;
    return new Message(
        chat,
        seq,
        MsgId.of("m" + seq),
        direct.low(),
        MsgType.TEXT,
        MessageContent.of(content),
        seq);
  }

  @Test
  void what_was_written_is_there_after_reopening() {
    Path where = directory.resolve("reopened");
    ConversationId chat = newChat();
    UserId reader = ((DirectChatId) chat).high();
    try (RocksTimeline first = RocksTimeline.open(where, true)) {
      first.messageStore(OutsideTheTimeline.nothing()).appendAll(List.of(text(chat, 1, "kept")));
      first
          .inboxStore(Clock.systemUTC())
          .append(chat, List.of(text(chat, 1, "kept")), List.of(reader));
      first.readPositions().advance(reader, chat, new ReadPosition(1));
    }
    try (RocksTimeline again = RocksTimeline.open(where, true)) {
      MessageStore messages = again.messageStore(OutsideTheTimeline.nothing());
      assertThat(messages.lastSeq(chat)).isEqualTo(1);
      assertThat(messages.find(chat, 1)).map(m -> m.content().text()).contains("kept");
      assertThat(again.inboxStore(Clock.systemUTC()).readAfter(reader, 0, 10)).hasSize(1);
      assertThat(again.readPositions().of(reader, chat)).isEqualTo(new ReadPosition(1));
    }
  }

  /** Heads, fills and positions are updated in place in the memtable, and replayed so. */
  @Test
  void values_overwritten_in_place_keep_their_last_value_after_reopening() {
    Path where = directory.resolve("overwritten");
    ConversationId chat = newChat();
    UserId reader = ((DirectChatId) chat).high();
    try (RocksTimeline first = RocksTimeline.open(where, false)) {
      MessageStore messages = first.messageStore(OutsideTheTimeline.nothing());
      InboxStore inboxes = first.inboxStore(Clock.systemUTC());
      for (long seq = 1; seq <= 300; seq++) {
        Message message = text(chat, seq, "m" + seq);
        messages.appendAll(List.of(message));
        inboxes.append(chat, List.of(message), List.of(reader));
        first.readPositions().advance(reader, chat, new ReadPosition(seq));
      }
    }
    try (RocksTimeline again = RocksTimeline.open(where, false)) {
      assertThat(again.messageStore(OutsideTheTimeline.nothing()).lastSeq(chat)).isEqualTo(300);
      assertThat(again.inboxStore(Clock.systemUTC()).window(reader).head()).isEqualTo(300);
      assertThat(again.inboxStore(Clock.systemUTC()).behindTimeline(10)).doesNotContainKey(chat);
      assertThat(again.readPositions().of(reader, chat)).isEqualTo(new ReadPosition(300));
    }
  }

  @Test
  void an_ended_stream_keeps_content_longer_than_64_kb() {
    ConversationId chat = newChat();
    DirectChatId direct = (DirectChatId) chat;
    MessageStore messages = timeline.messageStore(OutsideTheTimeline.nothing());
    Message open =
        new Message(
            chat,
            1,
            MsgId.of("s1"),
            direct.low(),
            MsgType.TEXT,
            MessageContent.streamStart(""),
            1,
            Optional.empty(),
            StreamState.OPEN);
    messages.appendAll(List.of(open));
    assertThat(messages.openStreams(Long.MAX_VALUE, 1_000)).contains(open);
    String whole = "\u00e9\u4e2d\ud83d\ude00".repeat(30_000);

    messages.appendAll(
        List.of(
            new Message(
                chat,
                2,
                MsgId.of("s1-end"),
                direct.low(),
                MsgType.SYSTEM,
                MessageContent.of("{}"),
                2)),
        List.of(),
        List.of(
            new Amendment.EndStream(new Amendment.Target(chat, 1), MessageContent.stored(whole))));

    Message ended = messages.find(chat, 1).orElseThrow();
    assertThat(ended.content().text()).isEqualTo(whole);
    assertThat(ended.stream()).isEqualTo(StreamState.ENDED);
    assertThat(messages.openStreams(Long.MAX_VALUE, 1_000)).doesNotContain(open);
  }

  @Test
  void file_references_and_recalls_are_told_outside_before_the_messages_are_written() {
    ConversationId chat = newChat();
    MessageStore messages = recordingStore(timeline);
    Message image = text(chat, 1, "{\"file_id\":\"f1\"}");
    FileId file = new FileId("f" + UUID.randomUUID().toString().replace("-", ""));

    messages.appendAll(List.of(image), List.of(new FileReference(file, chat, 1)), List.of());
    messages.appendAll(
        List.of(text(chat, 2, "recall")),
        List.of(),
        List.of(new Amendment.Recall(new Amendment.Target(chat, 1))));
    messages.appendAll(
        List.of(text(chat, 3, "again")),
        List.of(),
        List.of(new Amendment.Recall(new Amendment.Target(chat, 1))));

    assertThat(outside).containsExactly("references " + file.value(), "recalled 1");
    assertThat(messages.find(chat, 1).orElseThrow().recalled()).isTrue();
  }

  @Test
  void when_the_outside_fails_nothing_is_stored() {
    ConversationId chat = newChat();
    MessageStore messages =
        timeline.messageStore(
            (references, recalled) -> {
              throw new StoreUnavailableException("database down", null);
            });
    FileId file = new FileId("f" + UUID.randomUUID().toString().replace("-", ""));

    assertThatThrownBy(
            () ->
                messages.appendAll(
                    List.of(text(chat, 1, "x")),
                    List.of(new FileReference(file, chat, 1)),
                    List.of()))
        .isInstanceOf(StoreUnavailableException.class);

    assertThat(messages.lastSeq(chat)).isZero();
    assertThat(messages.find(chat, 1)).isEmpty();
  }

  @Test
  void a_closed_timeline_answers_unavailable_and_never_reaches_the_database() {
    RocksTimeline closing = RocksTimeline.open(directory.resolve("closing"), false);
    MessageStore messages = closing.messageStore(OutsideTheTimeline.nothing());
    closing.close();

    assertThatThrownBy(() -> messages.lastSeq(newChat()))
        .isInstanceOf(StoreUnavailableException.class);
  }
}
