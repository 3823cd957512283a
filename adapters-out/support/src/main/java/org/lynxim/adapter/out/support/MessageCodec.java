package org.lynxim.adapter.out.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.StreamState;
import org.lynxim.domain.user.UserId;

/**
 * A stored message as compact bytes, the one form that every adapter keeping messages outside the
 * database uses (RabbitMQ bodies, Redis inbox entries): conversation, seq, msg_id, sender, type,
 * content and send time, then whether it was recalled, when it was edited (-1: never), the seq it
 * replies to (0: none) and its stream state, in that order. Changing it changes what those stores
 * already hold, so a new field needs a new version tag where it is embedded; a message alone
 * ({@link #fromBytes}) written before the later fields existed still reads, as neither recalled,
 * edited, a reply nor a stream.
 */
public final class MessageCodec {
  private MessageCodec() {}

  public static void write(DataOutput out, Message message) throws IOException {
    out.writeUTF(message.conversationId().value());
    out.writeLong(message.seq());
    out.writeUTF(message.msgId().value());
    out.writeUTF(message.sender().value());
    out.writeByte(message.type().code());
    out.writeUTF(message.content().text());
    out.writeLong(message.sendTime());
    out.writeBoolean(message.recalled());
    out.writeLong(message.editedAt().orElse(NEVER));
    out.writeLong(message.replyTo().orElse(NONE));
    out.writeByte(message.stream().ordinal());
  }

  private static final long NEVER = -1;
  private static final long NONE = 0;

  public static Message read(DataInput in) throws IOException {
    Message sent = readAsSent(in);
    return withState(sent, in.readBoolean(), in.readLong(), in.readLong(), in.readByte());
  }

  private static Message readAsSent(DataInput in) throws IOException {
    return new Message(
        ConversationId.parse(in.readUTF()),
        in.readLong(),
        MsgId.of(in.readUTF()),
        UserId.of(in.readUTF()),
        MsgType.ofCode(in.readByte()),
        MessageContent.stored(in.readUTF()),
        in.readLong());
  }

  private static Message withState(
      Message sent, boolean recalled, long editedAt, long replyTo, int stream) {
    return new Message(
        sent.conversationId(),
        sent.seq(),
        sent.msgId(),
        sent.sender(),
        sent.type(),
        sent.content(),
        sent.sendTime(),
        recalled,
        editedAt == NEVER ? Optional.empty() : Optional.of(editedAt),
        replyTo == NONE ? Optional.empty() : Optional.of(replyTo),
        StreamState.values()[stream]);
  }

  /** The message alone as bytes. */
  public static byte[] toBytes(Message message) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A message from {@link #toBytes}. */
  public static Message fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      Message sent = readAsSent(in);
      if (in.available() == 0) {
        return sent;
      }
      boolean recalled = in.readBoolean();
      long editedAt = in.readLong();
      // Written before replies, then streams, existed: no reply_to, not a stream.
      long replyTo = in.available() > 0 ? in.readLong() : NONE;
      int stream = in.available() > 0 ? in.readByte() : StreamState.NONE.ordinal();
      return withState(sent, recalled, editedAt, replyTo, stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
