package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbRow;
import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.StreamState;
import org.lynxim.domain.user.UserId;

/** Maps rows of the {@code messages} table to messages. */
final class MessageRows {
  private MessageRows() {}

  static Message toDomain(DbRow row) {
    return new Message(
        ConversationId.parse(row.column("conversation_id").getString()),
        row.column("seq").getLong(),
        MsgId.of(row.column("msg_id").getString()),
        UserId.of(row.column("sender_id").getString()),
        MsgType.ofCode(((Number) row.column("msg_type").get()).intValue()),
        MessageContent.stored(row.column("content").getString()),
        row.column("send_time").getLong(),
        row.column("recalled").getBoolean(),
        Optional.ofNullable(row.column("edited_at").get(Long.class)),
        Optional.ofNullable(row.column("reply_to").get(Long.class)),
        StreamState.values()[((Number) row.column("stream").get()).intValue()]);
  }
}
