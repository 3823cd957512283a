package org.lynxim.adapter.out.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/** A draft crosses the queue whole: the files it names and the change it makes included. */
class WireFormatTest {
  private static final ConversationId CHAT = ConversationId.parse("dm:ann:bob");

  private static MessageDraft roundTrip(MessageDraft draft) {
    return WireFormat.draft(WireFormat.draft(draft));
  }

  @Test
  void an_image_keeps_the_files_it_names() {
    MessageDraft image =
        new MessageDraft(
            CHAT,
            MsgId.of("i1"),
            UserId.of("ann"),
            MsgType.IMAGE,
            MessageContent.of("{\"file_id\":\"f1\",\"thumb_file_id\":\"t1\"}"),
            Optional.of(3L),
            Set.of(new FileId("f1"), new FileId("t1")));

    assertThat(roundTrip(image)).isEqualTo(image);
  }

  @Test
  void system_messages_keep_the_recall_or_edit_they_carry() {
    for (Amendment amendment :
        new Amendment[] {
          new Amendment.Recall(new Amendment.Target(CHAT, 7)),
          new Amendment.Edit(new Amendment.Target(CHAT, 8), MessageContent.of("new é"), 42)
        }) {
      MessageDraft system =
          new MessageDraft(
              CHAT,
              MsgId.of("sys_1"),
              UserId.of("ann"),
              MsgType.SYSTEM,
              MessageContent.of("{\"event\":\"message_recalled\",\"target_seq\":7}"),
              Optional.empty(),
              Set.of(),
              Optional.of(amendment));

      assertThat(roundTrip(system)).isEqualTo(system);
    }
  }
}
