package org.lynxim.adapter.in.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.ConversationSettingsBody;
import org.lynxim.adapter.in.wire.ErrorFrame;
import org.lynxim.adapter.in.wire.FriendRequestBody;
import org.lynxim.adapter.in.wire.MessageBody;
import org.lynxim.adapter.in.wire.PullAnswer;
import org.lynxim.adapter.in.wire.ReadPositionBody;
import org.lynxim.adapter.in.wire.SettingsBody;
import org.lynxim.adapter.in.wire.SyncAnswer;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.UserId;

/**
 * Server frames as JSON text: the wire records of REST inside the WebSocket envelope ({@code cmd},
 * {@code code}, {@code req_id}). On the WebSocket a page's list is called {@code payload}.
 */
final class FrameEncoder {
  static final int HEARTBEAT = 0;
  static final int AUTH = 1;
  static final int SEND = 2;
  static final int PULL = 3;
  static final int ACK = 4;
  static final int PUSH = 5;
  static final int ACK_SYNC = 6;
  static final int NOTICE = 7;
  static final int NEW_MESSAGES = 8;
  static final int CLOSING = 9;
  static final int SYNC = 10;
  static final int FOCUS = 19;
  static final int TYPING = 11;
  static final int RECALL = 12;
  static final int STREAM_OPEN = 13;
  static final int STREAM_CHUNK = 14;
  static final int STREAM_END = 15;
  static final int EDIT = 16;
  static final int CALL = 17;
  static final int TYPING_SIGNAL = 21;
  static final int READ_RECEIPT = 22;
  static final int PRESENCE = 23;
  static final int STREAM_CHUNK_SIGNAL = 24;
  static final int CALL_EVENT = 25;
  static final int UNPARSED = -1;

  private static final ObjectMapper WEBSOCKET =
      Json.copyOfWriter()
          .addMixIn(PullAnswer.class, ListCalledPayload.class)
          .addMixIn(SyncAnswer.class, ListCalledPayload.class);

  private FrameEncoder() {}

  /** PROTOCOL.md: a WebSocket answer's list of messages is its {@code payload}. */
  private abstract static class ListCalledPayload {
    @JsonProperty("payload")
    abstract List<MessageBody> messages();
  }

  /** A successful answer: the body's fields beside cmd and code. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Answer(int cmd, int code, @JsonUnwrapped Object body, String reqId) {}

  /** A frame the server starts: cmd and the body's fields. */
  private record Notice(int cmd, @JsonUnwrapped Object body) {}

  private record Push(int cmd, MessageBody payload) {}

  /** The answer to a frame; {@code body} null for an answer with no fields of its own. */
  static String answer(int cmd, Object body, Optional<String> reqId) {
    return write(new Answer(cmd, 0, body, reqId.orElse(null)));
  }

  private record Closing(int cmd, int code, String reason) {}

  /** cmd 9: on raw TCP, the WebSocket close code the connection is closed with, and why. */
  static String closing(int code, String reason) {
    return write(new Closing(CLOSING, code, reason));
  }

  private record Authenticated(int cmd, int code, String userId) {}

  /** The answer to a raw TCP connection's first frame, once it authenticated. */
  static String authenticated(UserId user) {
    return write(new Authenticated(AUTH, 0, user.value()));
  }

  static String error(int cmd, ErrorReply reply, String msgId, Optional<String> reqId) {
    return write(
        new ErrorFrame(
            cmd, reply.code(), reply.message(), reply.reasonName(), msgId, reqId.orElse(null)));
  }

  /** cmd 8: a group under storm control has messages up to {@code lastSeq}. */
  static String newMessages(ConversationId conversation, long lastSeq) {
    return write(new NewMessagesFrame(NEW_MESSAGES, conversation.value(), lastSeq));
  }

  private record NewMessagesFrame(int cmd, String conversationId, long lastSeq) {}

  static String ackSync(ConversationId conversation, ReadPosition position) {
    return write(new Notice(ACK_SYNC, ReadPositionBody.from(conversation, position)));
  }

  /** A notice (cmd 7): its type and the fields of the change. */
  static String notice(AccountNotice notice) {
    return switch (notice) {
      case AccountNotice.BlockChanged changed ->
          write(
              new AccountNoticeFrame(
                  NOTICE,
                  "block_changed",
                  new BlockChangedBody(changed.user().value(), changed.blocked())));
      case AccountNotice.SettingsChanged changed ->
          write(
              new AccountNoticeFrame(
                  NOTICE, "settings_changed", SettingsBody.from(changed.settings())));
      case AccountNotice.FriendRequestReceived received ->
          write(
              new AccountNoticeFrame(
                  NOTICE,
                  "friend_request",
                  new RequestNoticeBody(FriendRequestBody.from(received.request()))));
      case AccountNotice.FriendRequestAnswered answered ->
          write(
              new AccountNoticeFrame(
                  NOTICE,
                  "friend_request_answered",
                  new RequestNoticeBody(FriendRequestBody.from(answered.request()))));
      case AccountNotice.ConversationSettingsChanged changed ->
          write(
              new AccountNoticeFrame(
                  NOTICE,
                  "conversation_settings",
                  ConversationSettingsBody.from(changed.conversation(), changed.settings())));
      case AccountNotice.ConversationCleared cleared ->
          write(
              new AccountNoticeFrame(
                  NOTICE,
                  "conversation_cleared",
                  new ClearedBody(cleared.conversation().value(), cleared.clearedSeq())));
      case AccountNotice.FavoritesChanged changed ->
          write(
              new AccountNoticeFrame(
                  NOTICE, "favorites_changed", new FavoriteNoticeBody(changed.favorite().value())));
      case AccountNotice.FriendAdded added ->
          write(
              new AccountNoticeFrame(
                  NOTICE, "friend_added", new UserNoticeBody(added.friend().value())));
      case AccountNotice.FriendRemoved removed ->
          write(
              new AccountNoticeFrame(
                  NOTICE, "friend_removed", new UserNoticeBody(removed.friend().value())));
    };
  }

  /**
   * A signal: typing (cmd 21), read receipt (cmd 22), presence (cmd 23), stream chunk (24), call
   * event (25).
   */
  static String signal(Signal signal) {
    return switch (signal) {
      case Signal.Typing typing ->
          write(
              new TypingFrame(
                  TYPING_SIGNAL,
                  typing.conversation().value(),
                  typing.user().value(),
                  typing.typing()));
      case Signal.ReadReceipt receipt ->
          write(
              new ReadReceiptFrame(
                  READ_RECEIPT,
                  receipt.conversation().value(),
                  receipt.user().value(),
                  receipt.position().lastAckSeq()));
      case Signal.PresenceChanged presence ->
          write(
              new PresenceFrame(
                  PRESENCE,
                  presence.user().value(),
                  presence.online(),
                  presence.lastSeen().map(Instant::toEpochMilli).orElse(null)));
      case Signal.CallSignal call ->
          write(
              new CallEventFrame(
                  CALL_EVENT,
                  call.call().value(),
                  call.action().wireName(),
                  call.conversation().value(),
                  call.from().map(from -> from.user().value()).orElse(null),
                  call.from().map(from -> from.device().value()).orElse(null),
                  call.media().map(CallMedia::wireName).orElse(null),
                  call.sdp().orElse(null),
                  call.candidate().orElse(null)));
      case Signal.StreamChunk chunk ->
          write(
              new StreamChunkFrame(
                  STREAM_CHUNK_SIGNAL,
                  chunk.conversation().value(),
                  chunk.seq(),
                  chunk.index(),
                  chunk.delta()));
    };
  }

  /** {@code from} and {@code from_device} are null when the server tells (a timeout). */
  private record CallEventFrame(
      int cmd,
      String callId,
      String action,
      String conversationId,
      String from,
      String fromDevice,
      @JsonInclude(JsonInclude.Include.NON_NULL) String media,
      @JsonInclude(JsonInclude.Include.NON_NULL) String sdp,
      // The client's own JSON, checked when its frame was read.
      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue String candidate) {}

  private record StreamChunkFrame(
      int cmd, String conversationId, long seq, long index, String delta) {}

  private record TypingFrame(int cmd, String conversationId, String userId, boolean typing) {}

  private record ReadReceiptFrame(int cmd, String conversationId, String userId, long lastAckSeq) {}

  private record PresenceFrame(int cmd, String userId, boolean online, Long lastSeen) {}

  private record AccountNoticeFrame(int cmd, String type, @JsonUnwrapped Object body) {}

  private record BlockChangedBody(String userId, boolean blocked) {}

  private record RequestNoticeBody(FriendRequestBody request) {}

  private record UserNoticeBody(String userId) {}

  private record ClearedBody(String conversationId, long clearedSeq) {}

  private record FavoriteNoticeBody(String favoriteId) {}

  static String push(Message message) {
    return write(new Push(PUSH, MessageBody.from(message)));
  }

  /**
   * A message's push frames: the message is encoded once, and each recipient's inbox_seq is spliced
   * in as the message's last key.
   */
  static final class PushFrames {
    private final String withoutInboxSeq;
    private final String open;

    PushFrames(Message message) {
      withoutInboxSeq = push(message);
      // The frame ends with the message object's and the frame's closing braces.
      open = withoutInboxSeq.substring(0, withoutInboxSeq.length() - 2);
    }

    String forInboxSeq(Long inboxSeq) {
      return inboxSeq == null ? withoutInboxSeq : open + ",\"inbox_seq\":" + inboxSeq + "}}";
    }
  }

  private static String write(Object frame) {
    try {
      return WEBSOCKET.writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
