package org.lynxim.adapter.out.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
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
}
