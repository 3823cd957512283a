package org.lynxim.adapter.out.rabbitmq;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lynxim.adapter.out.support.MessageCodec;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Draft;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.push.PushJob;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.FriendRequestStatus;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/**
 * Drafts, results and delivery events as compact bytes for the queues and exchanges.
 * Version-tagged, so that nodes of two versions can tell each other's messages apart during a
 * rolling upgrade.
 */
final class WireFormat {
  /**
   * 3: messages carry whether they were recalled and when edited; 4: and what they reply to; 5:
   * drafts carry the files they name; 6: and the change a system message makes; 7: whether a draft
   * opens a stream, the end of a stream, a message's stream state, signals' audiences, and calls.
   */
  private static final byte VERSION = 7;

  private static final byte NO_AMENDMENT = 0;
  private static final byte RECALL = 1;
  private static final byte EDIT = 2;
  private static final byte END_STREAM = 3;

  private WireFormat() {}

  static byte[] draft(MessageDraft draft) {
    return write(
        out -> {
          out.writeUTF(draft.conversationId().value());
          out.writeUTF(draft.msgId().value());
          out.writeUTF(draft.sender().value());
          out.writeByte(draft.type().code());
          out.writeUTF(draft.content().text());
          out.writeLong(draft.replyTo().orElse(0L));
          out.writeShort(draft.files().size());
          for (FileId file : draft.files()) {
            out.writeUTF(file.value());
          }
          writeAmendment(out, draft.amends());
          out.writeBoolean(draft.opensStream());
        });
  }

  /** The target is a message of the draft's own conversation: only its seq travels. */
  private static void writeAmendment(DataOutputStream out, Optional<Amendment> amends)
      throws IOException {
    switch (amends.orElse(null)) {
      case null -> out.writeByte(NO_AMENDMENT);
      case Amendment.Recall recall -> {
        out.writeByte(RECALL);
        out.writeLong(recall.target().seq());
      }
      case Amendment.Edit edit -> {
        out.writeByte(EDIT);
        out.writeLong(edit.target().seq());
        out.writeUTF(edit.content().text());
        out.writeLong(edit.at());
      }
      case Amendment.EndStream end -> {
        out.writeByte(END_STREAM);
        out.writeLong(end.target().seq());
        // A stream's whole content may pass what writeUTF holds (65,535 bytes).
        writeLongText(out, end.content().text());
      }
    }
  }

  private static Optional<Amendment> readAmendment(DataInputStream in, ConversationId conversation)
      throws IOException {
    byte kind = in.readByte();
    if (kind == NO_AMENDMENT) {
      return Optional.empty();
    }
    Amendment.Target target = new Amendment.Target(conversation, in.readLong());
    return switch (kind) {
      case RECALL -> Optional.of(new Amendment.Recall(target));
      case EDIT ->
          Optional.of(
              new Amendment.Edit(target, MessageContent.stored(in.readUTF()), in.readLong()));
      case END_STREAM ->
          Optional.of(new Amendment.EndStream(target, MessageContent.stored(readLongText(in))));
      default -> throw new IllegalArgumentException("unknown amendment " + kind);
    };
  }

  private static void writeLongText(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static void writeOptionalLongText(DataOutputStream out, Optional<String> text)
      throws IOException {
    out.writeBoolean(text.isPresent());
    if (text.isPresent()) {
      writeLongText(out, text.get());
    }
  }

  private static Optional<String> readOptionalLongText(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(readLongText(in)) : Optional.empty();
  }

  private static String readLongText(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Set<FileId> readFiles(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    Set<FileId> files = new HashSet<>(count * 2);
    for (int i = 0; i < count; i++) {
      files.add(new FileId(in.readUTF()));
    }
    return files;
  }

  static MessageDraft draft(byte[] bytes) {
    return read(
        bytes,
        in -> {
          ConversationId conversation = ConversationId.parse(in.readUTF());
          return new MessageDraft(
              conversation,
              MsgId.of(in.readUTF()),
              UserId.of(in.readUTF()),
              MsgType.ofCode(in.readByte()),
              MessageContent.stored(in.readUTF()),
              replyTo(in.readLong()),
              readFiles(in),
              readAmendment(in, conversation),
              in.readBoolean());
        });
  }

  private static final byte JOB_MESSAGE = 1;
  private static final byte JOB_CALL_INVITE = 2;

  static byte[] pushJob(PushJob job) {
    return write(
        out -> {
          switch (job) {
            case PushJob.ForMessage message -> {
              out.writeByte(JOB_MESSAGE);
              out.writeUTF(message.conversation().value());
              out.writeLong(message.seq());
            }
            case PushJob.ForCallInvite invite -> {
              out.writeByte(JOB_CALL_INVITE);
              out.writeUTF(invite.call().value());
              out.writeUTF(invite.conversation().value());
              out.writeUTF(invite.caller().value());
              out.writeUTF(invite.media().name());
              out.writeLong(invite.invitedAt());
            }
          }
        });
  }

  static PushJob pushJob(byte[] bytes) {
    return read(
        bytes,
        in ->
            switch (in.readByte()) {
              case JOB_MESSAGE ->
                  new PushJob.ForMessage(ConversationId.parse(in.readUTF()), in.readLong());
              case JOB_CALL_INVITE ->
                  new PushJob.ForCallInvite(
                      new CallId(in.readUTF()),
                      (DirectChatId) ConversationId.parse(in.readUTF()),
                      UserId.of(in.readUTF()),
                      CallMedia.valueOf(in.readUTF()),
                      in.readLong());
              default -> throw new IllegalArgumentException("unknown push job");
            });
  }

  static byte[] result(SendResult result) {
    return write(
        out -> {
          MessageCodec.write(out, result.message());
          out.writeBoolean(result.duplicate());
          writeInboxSeqs(out, result.inboxSeqs());
        });
  }

  static SendResult result(byte[] bytes) {
    return read(
        bytes, in -> new SendResult(MessageCodec.read(in), in.readBoolean(), readInboxSeqs(in)));
  }

  private static void writeInboxSeqs(DataOutputStream out, Map<UserId, Long> inboxSeqs)
      throws IOException {
    out.writeInt(inboxSeqs.size());
    for (var entry : inboxSeqs.entrySet()) {
      out.writeUTF(entry.getKey().value());
      out.writeLong(entry.getValue());
    }
  }

  private static Map<UserId, Long> readInboxSeqs(DataInputStream in) throws IOException {
    int count = in.readInt();
    Map<UserId, Long> inboxSeqs = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      inboxSeqs.put(UserId.of(in.readUTF()), in.readLong());
    }
    return inboxSeqs;
  }

  static final byte PUSH = 1;
  static final byte SYNC = 2;
  static final byte CONNECTED = 3;
  static final byte NOTICE = 4;
  static final byte SIGNAL = 5;
  private static final byte TYPING = 1;
  private static final byte READ_RECEIPT = 2;
  private static final byte PRESENCE = 3;
  private static final byte STREAM_CHUNK = 4;
  private static final byte CALL = 5;
  private static final byte SETTINGS_CHANGED = 1;
  private static final byte BLOCK_CHANGED = 2;
  private static final byte FRIEND_REQUEST = 3;
  private static final byte FRIEND_REQUEST_ANSWERED = 4;
  private static final byte FRIEND_ADDED = 5;
  private static final byte FRIEND_REMOVED = 6;
  private static final byte CONVERSATION_SETTINGS = 7;
  private static final byte CONVERSATION_CLEARED = 8;
  private static final byte FAVORITES_CHANGED = 9;

  /** A delivery event and the node that told it. */
  record Told(String origin, DeliveryEvent event) {}

  static byte[] event(Told told) {
    return write(
        out -> {
          out.writeUTF(told.origin());
          switch (told.event()) {
            case DeliveryEvent.MessagePushed push -> {
              out.writeByte(PUSH);
              MessageCodec.write(out, push.message());
              out.writeInt(push.recipients().size());
              for (UserId recipient : push.recipients()) {
                out.writeUTF(recipient.value());
              }
              writeInboxSeqs(out, push.inboxSeqs());
              out.writeUTF(push.sentFrom().map(DeviceId::value).orElse(""));
              out.writeBoolean(push.stormFocus().isPresent());
              if (push.stormFocus().isPresent()) {
                out.writeInt(push.stormFocus().get().size());
                for (UserDevice focused : push.stormFocus().get()) {
                  writeDevice(out, Optional.of(focused));
                }
              }
            }
            case DeliveryEvent.NoticeSent sent -> {
              out.writeByte(NOTICE);
              out.writeUTF(sent.user().value());
              writeNotice(out, sent.notice());
            }
            case DeliveryEvent.SignalSent sent -> {
              out.writeByte(SIGNAL);
              Audience audience = sent.audience();
              out.writeInt(audience.users().size());
              for (UserId recipient : audience.users()) {
                out.writeUTF(recipient.value());
              }
              writeSignal(out, sent.signal());
              writeDevice(out, audience.except());
              out.writeInt(audience.only().map(Set::size).orElse(-1));
              for (UserDevice one : audience.only().orElse(Set.of())) {
                writeDevice(out, Optional.of(one));
              }
            }
            case DeliveryEvent.DeviceConnected connected -> {
              out.writeByte(CONNECTED);
              out.writeUTF(connected.user().value());
              out.writeUTF(connected.device().value());
              // Appended last: a node of the version before reads what it knows and ignores it.
              out.writeLong(connected.connectedAt().toEpochMilli());
            }
            case DeliveryEvent.ReadPositionMoved moved -> {
              out.writeByte(SYNC);
              out.writeUTF(moved.user().value());
              out.writeUTF(moved.conversation().value());
              out.writeLong(moved.position().lastAckSeq());
              out.writeUTF(moved.from().map(DeviceId::value).orElse(""));
            }
          }
        });
  }

  static Told event(byte[] bytes) {
    return read(
        bytes,
        in -> {
          String origin = in.readUTF();
          byte type = in.readByte();
          return new Told(origin, readEvent(type, in));
        });
  }

  private static DeliveryEvent readEvent(byte type, DataInputStream in) throws IOException {
    return switch (type) {
      case PUSH -> {
        Message message = MessageCodec.read(in);
        int count = in.readInt();
        List<UserId> recipients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          recipients.add(UserId.of(in.readUTF()));
        }
        Map<UserId, Long> inboxSeqs = readInboxSeqs(in);
        Optional<DeviceId> sentFrom = device(in.readUTF());
        Optional<Set<UserDevice>> stormFocus = Optional.empty();
        if (in.readBoolean()) {
          int focused = in.readInt();
          Set<UserDevice> devices = new HashSet<>(focused * 2);
          for (int i = 0; i < focused; i++) {
            devices.add(readDevice(in).orElseThrow());
          }
          stormFocus = Optional.of(devices);
        }
        yield new DeliveryEvent.MessagePushed(message, recipients, inboxSeqs, sentFrom, stormFocus);
      }
      case NOTICE -> new DeliveryEvent.NoticeSent(UserId.of(in.readUTF()), readNotice(in));
      case SIGNAL -> {
        int count = in.readInt();
        List<UserId> recipients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          recipients.add(UserId.of(in.readUTF()));
        }
        Signal signal = readSignal(in);
        Optional<UserDevice> except = readDevice(in);
        int onlyCount = in.readInt();
        Optional<Set<UserDevice>> only = Optional.empty();
        if (onlyCount >= 0) {
          Set<UserDevice> devices = new HashSet<>(onlyCount * 2);
          for (int i = 0; i < onlyCount; i++) {
            devices.add(readDevice(in).orElseThrow());
          }
          only = Optional.of(devices);
        }
        yield new DeliveryEvent.SignalSent(new Audience(recipients, except, only), signal);
      }
      case CONNECTED ->
          new DeliveryEvent.DeviceConnected(
              UserId.of(in.readUTF()),
              DeviceId.of(in.readUTF()),
              // From a node of the version before: no time, which replaces any connection here.
              Instant.ofEpochMilli(in.available() >= 8 ? in.readLong() : Long.MAX_VALUE));
      case SYNC ->
          new DeliveryEvent.ReadPositionMoved(
              UserId.of(in.readUTF()),
              ConversationId.parse(in.readUTF()),
              new ReadPosition(in.readLong()),
              device(in.readUTF()));
      default -> throw new IllegalArgumentException("unknown delivery event type " + type);
    };
  }

  private static void writeNotice(DataOutputStream out, AccountNotice notice) throws IOException {
    switch (notice) {
      case AccountNotice.BlockChanged changed -> {
        out.writeByte(BLOCK_CHANGED);
        out.writeUTF(changed.user().value());
        out.writeBoolean(changed.blocked());
      }
      case AccountNotice.SettingsChanged changed -> {
        out.writeByte(SETTINGS_CHANGED);
        out.writeUTF(changed.settings().directMessages().wireName());
        out.writeBoolean(changed.settings().readReceipts());
        out.writeBoolean(changed.settings().pushPreview());
      }
      case AccountNotice.FriendRequestReceived received -> {
        out.writeByte(FRIEND_REQUEST);
        writeRequest(out, received.request());
      }
      case AccountNotice.FriendRequestAnswered answered -> {
        out.writeByte(FRIEND_REQUEST_ANSWERED);
        writeRequest(out, answered.request());
      }
      case AccountNotice.ConversationSettingsChanged changed -> {
        out.writeByte(CONVERSATION_SETTINGS);
        out.writeUTF(changed.conversation().value());
        ConversationSettings settings = changed.settings();
        out.writeLong(settings.pinnedAt().map(Instant::toEpochMilli).orElse(-1L));
        out.writeBoolean(settings.muted());
        out.writeBoolean(settings.draft().isPresent());
        // A draft is at most 4096 bytes: well within what writeUTF carries.
        out.writeUTF(settings.draft().map(Draft::text).orElse(""));
        out.writeLong(settings.clearedSeq());
        out.writeBoolean(settings.hidden());
        out.writeLong(settings.changedAt().toEpochMilli());
      }
      case AccountNotice.ConversationCleared cleared -> {
        out.writeByte(CONVERSATION_CLEARED);
        out.writeUTF(cleared.conversation().value());
        out.writeLong(cleared.clearedSeq());
      }
      case AccountNotice.FavoritesChanged changed -> {
        out.writeByte(FAVORITES_CHANGED);
        out.writeUTF(changed.favorite().value());
      }
      case AccountNotice.FriendAdded added -> {
        out.writeByte(FRIEND_ADDED);
        out.writeUTF(added.friend().value());
      }
      case AccountNotice.FriendRemoved removed -> {
        out.writeByte(FRIEND_REMOVED);
        out.writeUTF(removed.friend().value());
      }
    }
  }

  private static void writeDevice(DataOutputStream out, Optional<UserDevice> device)
      throws IOException {
    out.writeBoolean(device.isPresent());
    if (device.isPresent()) {
      out.writeUTF(device.get().user().value());
      out.writeUTF(device.get().device().value());
    }
  }

  private static Optional<UserDevice> readDevice(DataInputStream in) throws IOException {
    return in.readBoolean()
        ? Optional.of(new UserDevice(UserId.of(in.readUTF()), DeviceId.of(in.readUTF())))
        : Optional.empty();
  }

  private static void writeSignal(DataOutputStream out, Signal signal) throws IOException {
    switch (signal) {
      case Signal.CallSignal call -> {
        out.writeByte(CALL);
        out.writeUTF(call.call().value());
        out.writeUTF(call.action().name());
        out.writeUTF(call.conversation().value());
        writeDevice(out, call.from());
        out.writeUTF(call.media().map(Enum::name).orElse(""));
        writeOptionalLongText(out, call.sdp());
        writeOptionalLongText(out, call.candidate());
      }
      case Signal.StreamChunk chunk -> {
        out.writeByte(STREAM_CHUNK);
        out.writeUTF(chunk.conversation().value());
        out.writeLong(chunk.seq());
        out.writeLong(chunk.index());
        writeLongText(out, chunk.delta());
      }
      case Signal.Typing typing -> {
        out.writeByte(TYPING);
        out.writeUTF(typing.conversation().value());
        out.writeUTF(typing.user().value());
        out.writeBoolean(typing.typing());
      }
      case Signal.ReadReceipt receipt -> {
        out.writeByte(READ_RECEIPT);
        out.writeUTF(receipt.conversation().value());
        out.writeUTF(receipt.user().value());
        out.writeLong(receipt.position().lastAckSeq());
      }
      case Signal.PresenceChanged presence -> {
        out.writeByte(PRESENCE);
        out.writeUTF(presence.user().value());
        out.writeBoolean(presence.online());
        out.writeLong(presence.lastSeen().map(Instant::toEpochMilli).orElse(-1L));
      }
    }
  }

  private static Signal readSignal(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    return switch (kind) {
      case TYPING ->
          new Signal.Typing(
              ConversationId.parse(in.readUTF()), UserId.of(in.readUTF()), in.readBoolean());
      case READ_RECEIPT ->
          new Signal.ReadReceipt(
              ConversationId.parse(in.readUTF()),
              UserId.of(in.readUTF()),
              new ReadPosition(in.readLong()));
      case PRESENCE -> {
        UserId user = UserId.of(in.readUTF());
        boolean online = in.readBoolean();
        long lastSeen = in.readLong();
        yield new Signal.PresenceChanged(
            user,
            online,
            lastSeen < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastSeen)));
      }
      case CALL -> {
        CallId call = new CallId(in.readUTF());
        CallAction action = CallAction.valueOf(in.readUTF());
        DirectChatId conversation = (DirectChatId) ConversationId.parse(in.readUTF());
        Optional<UserDevice> from = readDevice(in);
        String media = in.readUTF();
        yield new Signal.CallSignal(
            call,
            action,
            conversation,
            from,
            media.isEmpty() ? Optional.empty() : Optional.of(CallMedia.valueOf(media)),
            readOptionalLongText(in),
            readOptionalLongText(in));
      }
      case STREAM_CHUNK ->
          new Signal.StreamChunk(
              ConversationId.parse(in.readUTF()), in.readLong(), in.readLong(), readLongText(in));
      default -> throw new IllegalArgumentException("unknown signal kind " + kind);
    };
  }

  private static void writeRequest(DataOutputStream out, FriendRequest request) throws IOException {
    out.writeUTF(request.id().value());
    out.writeUTF(request.from().value());
    out.writeUTF(request.to().value());
    out.writeBoolean(request.message().isPresent());
    out.writeUTF(request.message().orElse(""));
    out.writeUTF(request.status().wireName());
    out.writeLong(request.createdAt().toEpochMilli());
  }

  private static FriendRequest readRequest(DataInputStream in) throws IOException {
    FriendRequestId id = FriendRequestId.of(in.readUTF());
    UserId from = UserId.of(in.readUTF());
    UserId to = UserId.of(in.readUTF());
    boolean hasMessage = in.readBoolean();
    String message = in.readUTF();
    return new FriendRequest(
        id,
        from,
        to,
        hasMessage ? Optional.of(message) : Optional.empty(),
        FriendRequestStatus.of(in.readUTF()),
        Instant.ofEpochMilli(in.readLong()));
  }

  private static AccountNotice readNotice(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    return switch (kind) {
      case SETTINGS_CHANGED ->
          new AccountNotice.SettingsChanged(
              new UserSettings(
                  DirectMessages.of(in.readUTF()), in.readBoolean(), in.readBoolean()));
      case BLOCK_CHANGED ->
          new AccountNotice.BlockChanged(UserId.of(in.readUTF()), in.readBoolean());
      case FRIEND_REQUEST -> new AccountNotice.FriendRequestReceived(readRequest(in));
      case FRIEND_REQUEST_ANSWERED -> new AccountNotice.FriendRequestAnswered(readRequest(in));
      case FRIEND_ADDED -> new AccountNotice.FriendAdded(UserId.of(in.readUTF()));
      case FAVORITES_CHANGED -> new AccountNotice.FavoritesChanged(new FavoriteId(in.readUTF()));
      case CONVERSATION_SETTINGS -> {
        ConversationId conversation = ConversationId.parse(in.readUTF());
        long pinnedAt = in.readLong();
        boolean muted = in.readBoolean();
        boolean hasDraft = in.readBoolean();
        String draft = in.readUTF();
        yield new AccountNotice.ConversationSettingsChanged(
            conversation,
            new ConversationSettings(
                pinnedAt < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(pinnedAt)),
                muted,
                hasDraft ? Optional.of(new Draft(draft)) : Optional.empty(),
                in.readLong(),
                in.readBoolean(),
                Instant.ofEpochMilli(in.readLong())));
      }
      case CONVERSATION_CLEARED ->
          new AccountNotice.ConversationCleared(ConversationId.parse(in.readUTF()), in.readLong());
      case FRIEND_REMOVED -> new AccountNotice.FriendRemoved(UserId.of(in.readUTF()));
      default -> throw new IllegalArgumentException("unknown notice kind " + kind);
    };
  }

  private static Optional<Long> replyTo(long seq) {
    return seq == 0 ? Optional.empty() : Optional.of(seq);
  }

  private static Optional<DeviceId> device(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(DeviceId.of(value));
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static byte[] write(Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> T read(byte[] bytes, Reader<T> reader) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("unknown wire format version " + version);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
