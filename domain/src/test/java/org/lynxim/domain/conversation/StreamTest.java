package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ContentTooLargeException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.InvalidRequestException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

class StreamTest {
  private final UserId bot = UserId.of("bot");
  private final UserId ann = UserId.of("ann");
  private final ConversationId chat = ConversationId.parse("dm:ann:bot");

  private final Message open =
      new MessageDraft(
              chat,
              MsgId.of("s1"),
              bot,
              MsgType.TEXT,
              MessageContent.streamStart(""),
              Optional.empty(),
              Set.of(),
              Optional.empty(),
              true)
          .sequenced(4, 1_000);

  @Test
  void chunks_come_in_order_from_the_sender_and_a_repeat_changes_nothing() {
    StreamProgress start = StreamProgress.opened(bot, MessageContent.streamStart("Hi"));

    var first = start.take(bot, 1, " thé", 100);
    assertThat(first)
        .isEqualTo(new StreamProgress.Verdict.Append(new StreamProgress(bot, 1, 2 + 5)));
    StreamProgress after = ((StreamProgress.Verdict.Append) first).after();
    assertThat(after.take(bot, 1, " thé", 100)).isInstanceOf(StreamProgress.Verdict.Repeated.class);

    assertThatThrownBy(() -> after.take(bot, 3, "x", 100))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CHUNK_GAP));
    assertThatThrownBy(() -> after.take(ann, 2, "x", 100)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> after.take(bot, 0, "x", 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> after.take(bot, 2, "x".repeat(94), 100))
        .as("counted in UTF-8 bytes up to the limit")
        .isInstanceOf(ContentTooLargeException.class);
    assertThat(after.take(bot, 2, "x".repeat(93), 100))
        .isEqualTo(new StreamProgress.Verdict.Append(new StreamProgress(bot, 2, 100)));
  }

  @Test
  void a_placeholder_is_an_open_text_stream_that_an_edit_may_not_touch() {
    assertThat(open.streaming()).isTrue();
    assertThat(open.stream()).isEqualTo(StreamState.OPEN);
    assertThat(open.soFar(MessageContent.stored("partial")).content().text()).isEqualTo("partial");
    assertThat(open.edit(bot, MessageContent.of("x"), 1_001, 60_000))
        .isInstanceOfSatisfying(
            MessageChange.Refused.class,
            refused ->
                assertThat(((ConflictException) refused.error()).reason())
                    .isEqualTo(Reason.STREAMING));
    assertThatThrownBy(
            () ->
                new MessageDraft(
                    chat,
                    MsgId.of("s2"),
                    bot,
                    MsgType.IMAGE,
                    MessageContent.of("{}"),
                    Optional.empty(),
                    Set.of(),
                    Optional.empty(),
                    true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_end_applies_once_and_a_recall_ends_an_open_stream_too() {
    Amendment.EndStream end =
        new Amendment.EndStream(
            Amendment.Target.of(open), MessageContent.streamed("y".repeat(10_000), 65_536));

    Message ended = end.applyTo(open);
    assertThat(ended.stream()).isEqualTo(StreamState.ENDED);
    assertThat(ended.content().bytes()).isEqualTo(10_000);
    assertThat(end.appliesTo(ended)).isFalse();

    Message recalled = open.asRecalled();
    assertThat(recalled.stream()).isEqualTo(StreamState.ENDED);
    assertThat(end.appliesTo(recalled)).isFalse();
  }

  @Test
  void an_end_in_a_batch_after_another_end_of_the_same_stream_is_moot() {
    Amendment.Target target = Amendment.Target.of(open);
    MessageDraft first = endDraft("e1", target, "one");
    MessageDraft second = endDraft("e2", target, "two");

    SendBatch batch = SendBatch.of(List.of(first, second), Map.of(), Map.of(target, open));
    List<SendOutcome> outcomes = batch.seal(Map.of(chat, 5L), 2_000);

    assertThat(outcomes.get(0)).isInstanceOf(SendOutcome.Stored.class);
    assertThat(outcomes.get(1)).isInstanceOf(SendOutcome.Moot.class);
    assertThat(SendBatch.amendments(outcomes)).hasSize(1);
  }

  @Test
  void a_stream_holds_more_than_a_sent_message_but_no_more_than_its_limit() {
    assertThatThrownBy(() -> MessageContent.of("z".repeat(4097)))
        .isInstanceOf(ContentTooLargeException.class);
    assertThat(MessageContent.streamed("z".repeat(65_536), 65_536).bytes()).isEqualTo(65_536);
    assertThatThrownBy(() -> MessageContent.streamed("z".repeat(65_537), 65_536))
        .isInstanceOf(ContentTooLargeException.class);
  }

  private MessageDraft endDraft(String id, Amendment.Target target, String content) {
    return new MessageDraft(
        chat,
        MsgId.of(id),
        bot,
        MsgType.SYSTEM,
        new SystemEvent.MessageUpdated(target.seq()).content(),
        Optional.empty(),
        Set.of(),
        Optional.of(new Amendment.EndStream(target, MessageContent.streamed(content, 100))));
  }
}
