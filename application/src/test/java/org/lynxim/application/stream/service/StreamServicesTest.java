package org.lynxim.application.stream.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.messaging.port.in.SendMessageCommand;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.conversation.StreamState;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Streams through their services: chunks relayed and buffered, pulls mid-stream, the ends. */
class StreamServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId bot = app.user("bot");
  private final UserId ann = app.user("ann");
  private final ConversationId chat = DirectChatId.between(bot, ann);
  private final DeviceId phone = DeviceId.of("phone");

  private Message open(String msgId) {
    MessageDraft draft =
        new MessageDraft(
            chat,
            MsgId.of(msgId),
            bot,
            MsgType.TEXT,
            MessageContent.streamStart(""),
            Optional.empty(),
            Set.of(),
            Optional.empty(),
            true);
    SendResult result =
        app.openStream.open(new SendMessageCommand(draft, Optional.of(phone))).join();
    return result.message();
  }

  private Message pulled(UserId reader, long seq) {
    return app.pull.pull(reader, chat, new PullCursor(seq - 1, 1)).messages().getFirst();
  }

  @Test
  void chunks_are_relayed_at_once_and_pulls_read_the_stream_so_far() {
    Message placeholder = open("s1");
    assertThat(placeholder.streaming()).isTrue();
    assertThat(app.recorded.pushes.getLast().message().streaming()).isTrue();

    app.addStreamChunk.add(bot, phone, chat, 1, 1, "Hel");
    app.addStreamChunk.add(bot, phone, chat, 1, 2, "lo");
    app.addStreamChunk.add(bot, phone, chat, 1, 2, "lo"); // a resend after a lost answer

    assertThat(app.recorded.signals)
        .filteredOn(signalled -> signalled.signal() instanceof Signal.StreamChunk)
        .hasSize(2)
        .allSatisfy(
            signalled -> {
              assertThat(signalled.audience().users()).containsExactlyInAnyOrder(bot, ann);
              assertThat(signalled.audience().includes(bot, phone)).isFalse();
              assertThat(signalled.audience().includes(bot, DeviceId.of("laptop"))).isTrue();
            });
    Message sofar = pulled(ann, 1);
    assertThat(sofar.content().text()).isEqualTo("Hello");
    assertThat(sofar.streaming()).isTrue();
    assertThat(
            app.list
                .list(ann, Optional.empty(), 10)
                .conversations()
                .getFirst()
                .lastMessage()
                .orElseThrow()
                .content()
                .text())
        .as("the conversation list too")
        .isEqualTo("Hello");

    Message ended = app.endStream.end(bot, chat, 1, Optional.empty());

    assertThat(ended.content().text()).isEqualTo("Hello");
    assertThat(ended.stream()).isEqualTo(StreamState.ENDED);
    assertThat(pulled(ann, 1)).isEqualTo(ended);
    assertThat(pulled(ann, 2).content().text())
        .isEqualTo("{\"event\":\"message_updated\",\"target_seq\":1}");
    assertThatThrownBy(() -> app.addStreamChunk.add(bot, phone, chat, 1, 3, "!"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENDED));
    assertThatThrownBy(() -> app.endStream.end(bot, chat, 1, Optional.empty()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENDED));
  }

  @Test
  void only_the_sender_writes_a_stream_and_only_a_stream_takes_chunks() {
    open("s1");
    app.send(ann, chat, "a1", "plain");

    assertThatThrownBy(() -> app.addStreamChunk.add(ann, phone, chat, 1, 1, "x"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.endStream.end(ann, chat, 1, Optional.of("x")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.addStreamChunk.add(ann, phone, chat, 2, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> app.addStreamChunk.add(bot, phone, chat, 1, 2, "x"))
        .hasMessageContaining("next chunk");
    assertThatThrownBy(() -> app.editMessage.edit(bot, chat, 1, MessageContent.of("x")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STREAMING));
  }

  @Test
  void an_end_with_content_replaces_the_chunks() {
    open("s1");
    app.addStreamChunk.add(bot, phone, chat, 1, 1, "draft");

    assertThat(app.endStream.end(bot, chat, 1, Optional.of("final")).content().text())
        .isEqualTo("final");
    assertThat(app.streamBuffers.progress(new Amendment.Target(chat, 1))).isEmpty();
  }

  @Test
  void an_idle_stream_is_ended_with_what_it_has_and_a_lost_buffer_with_what_was_stored() {
    open("s1");
    app.addStreamChunk.add(bot, phone, chat, 1, 1, "half");
    open("s2");
    app.streamBuffers.take(new Amendment.Target(chat, 2)); // as a store that lost it
    Clock soon = Clock.offset(app.clock, InMemoryApplication.STREAM_IDLE.minusSeconds(1));
    Clock later = Clock.offset(app.clock, InMemoryApplication.STREAM_IDLE.plusSeconds(1));

    assertThat(app.endIdleStreams(soon).endIdle()).isZero();
    assertThat(app.endIdleStreams(later).endIdle()).isEqualTo(2);

    assertThat(pulled(ann, 1).content().text()).isEqualTo("half");
    assertThat(pulled(ann, 1).stream()).isEqualTo(StreamState.ENDED);
    assertThat(pulled(ann, 2).stream()).isEqualTo(StreamState.ENDED);
    assertThat(app.endIdleStreams(later).endIdle()).isZero();
  }

  @Test
  void recalling_an_open_stream_ends_it() {
    open("s1");
    app.addStreamChunk.add(bot, phone, chat, 1, 1, "oops");

    app.recall.recall(bot, chat, 1);

    assertThat(pulled(ann, 1).stream()).isEqualTo(StreamState.ENDED);
    assertThat(pulled(ann, 1).content().text()).isEmpty();
    assertThatThrownBy(() -> app.addStreamChunk.add(bot, phone, chat, 1, 2, "more"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENDED));
    assertThat(app.endIdleStreams(Clock.offset(app.clock, java.time.Duration.ofHours(1))).endIdle())
        .isZero();
  }

  @Test
  void a_resent_open_answers_the_same_message() {
    Message first = open("s1");
    Message again = open("s1");
    assertThat(again.seq()).isEqualTo(first.seq());
    assertThat(app.streamBuffers.progress(new Amendment.Target(chat, 1))).isPresent();
  }
}
