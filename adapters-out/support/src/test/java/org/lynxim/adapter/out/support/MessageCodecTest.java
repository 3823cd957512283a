package org.lynxim.adapter.out.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.StreamState;
import org.lynxim.domain.user.UserId;

class MessageCodecTest {

  @Test
  void a_message_comes_back_as_it_went_in_whatever_its_text() {
    Message message =
        new Message(
            ConversationId.parse("grp:g1"),
            Long.MAX_VALUE - 1,
            MsgId.of("m-1_x"),
            UserId.of("alice"),
            MsgType.TEXT,
            MessageContent.of("h\u00e9 \uD83D\uDE00 \u4f60\u597d"),
            1_790_000_000_123L);

    assertThat(MessageCodec.fromBytes(MessageCodec.toBytes(message))).isEqualTo(message);
  }

  @Test
  void recalled_and_edited_messages_keep_their_state_and_old_bytes_still_read() throws Exception {
    Message edited =
        new Message(
            ConversationId.parse("dm:alice:bob"),
            3,
            MsgId.of("m3"),
            UserId.of("alice"),
            MsgType.TEXT,
            MessageContent.of("edited"),
            1_000,
            false,
            Optional.of(2_000L),
            Optional.of(2L),
            StreamState.NONE);
    Message recalled =
        new Message(
            ConversationId.parse("dm:alice:bob"),
            4,
            MsgId.of("m4"),
            UserId.of("alice"),
            MsgType.TEXT,
            MessageContent.RECALLED,
            1_000,
            true,
            Optional.empty(),
            Optional.empty(),
            StreamState.ENDED);
    Message streaming =
        new Message(
            ConversationId.parse("dm:alice:bob"),
            6,
            MsgId.of("m6"),
            UserId.of("alice"),
            MsgType.TEXT,
            MessageContent.streamStart(""),
            1_000,
            Optional.empty(),
            StreamState.OPEN);
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(before)) {
      // A message as an entry written before recall and edit existed.
      out.writeUTF("dm:alice:bob");
      out.writeLong(5);
      out.writeUTF("m5");
      out.writeUTF("alice");
      out.writeByte(1);
      out.writeUTF("old");
      out.writeLong(1_000);
    }

    assertThat(MessageCodec.fromBytes(MessageCodec.toBytes(edited))).isEqualTo(edited);
    assertThat(MessageCodec.fromBytes(MessageCodec.toBytes(recalled))).isEqualTo(recalled);
    assertThat(MessageCodec.fromBytes(MessageCodec.toBytes(streaming))).isEqualTo(streaming);
    Message old = MessageCodec.fromBytes(before.toByteArray());
    assertThat(old.recalled()).isFalse();
    assertThat(old.editedAt()).isEmpty();
    assertThat(old.stream()).isEqualTo(StreamState.NONE);
    assertThat(old.content().text()).isEqualTo("old");
  }
}
