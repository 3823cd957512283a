package org.lynxim.adapter.in.ws;

import static org.lynxim.adapter.in.ws.FrameEncoder.ACK;
import static org.lynxim.adapter.in.ws.FrameEncoder.CALL;
import static org.lynxim.adapter.in.ws.FrameEncoder.EDIT;
import static org.lynxim.adapter.in.ws.FrameEncoder.FOCUS;
import static org.lynxim.adapter.in.ws.FrameEncoder.HEARTBEAT;
import static org.lynxim.adapter.in.ws.FrameEncoder.PULL;
import static org.lynxim.adapter.in.ws.FrameEncoder.RECALL;
import static org.lynxim.adapter.in.ws.FrameEncoder.SEND;
import static org.lynxim.adapter.in.ws.FrameEncoder.STREAM_CHUNK;
import static org.lynxim.adapter.in.ws.FrameEncoder.STREAM_END;
import static org.lynxim.adapter.in.ws.FrameEncoder.STREAM_OPEN;
import static org.lynxim.adapter.in.ws.FrameEncoder.SYNC;
import static org.lynxim.adapter.in.ws.FrameEncoder.TYPING;
import static org.lynxim.adapter.in.ws.FrameEncoder.UNPARSED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.LogContext;
import org.lynxim.adapter.in.Requests;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.MessageBody;
import org.lynxim.adapter.in.wire.PullAnswer;
import org.lynxim.adapter.in.wire.ReadPositionBody;
import org.lynxim.adapter.in.wire.RecallAnswer;
import org.lynxim.adapter.in.wire.SendAnswer;
import org.lynxim.adapter.in.wire.SyncAnswer;
import org.lynxim.application.call.port.in.CallSignalCommand;
import org.lynxim.application.call.port.in.SignalCallUseCase;
import org.lynxim.application.delivery.port.in.FocusConversationUseCase;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.in.EditMessageUseCase;
import org.lynxim.application.messaging.port.in.PullMessagesUseCase;
import org.lynxim.application.messaging.port.in.RecallMessageUseCase;
import org.lynxim.application.messaging.port.in.SendMessageUseCase;
import org.lynxim.application.messaging.port.in.SignalTypingUseCase;
import org.lynxim.application.messaging.port.in.SyncInboxUseCase;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * The WebSocket protocol's client frames: one frame in, its cmd's use case called, one answer out.
 * Stateless; the connection supplies who is speaking. Every failure becomes an error answer, and
 * the connection goes on.
 */
final class FrameDispatcher {
  private static final int MAX_REQ_ID_LENGTH = 64;

  private final SendMessageUseCase send;
  private final PullMessagesUseCase pull;
  private final AckMessagesUseCase ack;
  private final SyncInboxUseCase sync;
  private final SignalTypingUseCase typing;
  private final RecallMessageUseCase recall;
  private final EditMessageUseCase edit;
  private final StreamFrames streams;
  private final SignalCallUseCase calls;
  private final FocusConversationUseCase focus;

  FrameDispatcher(
      SendMessageUseCase send,
      PullMessagesUseCase pull,
      AckMessagesUseCase ack,
      SyncInboxUseCase sync,
      SignalTypingUseCase typing,
      RecallMessageUseCase recall,
      EditMessageUseCase edit,
      StreamFrames streams,
      SignalCallUseCase calls,
      FocusConversationUseCase focus) {
    this.focus = focus;
    this.streams = streams;
    this.calls = calls;
    this.recall = recall;
    this.edit = edit;
    this.send = send;
    this.pull = pull;
    this.ack = ack;
    this.sync = sync;
    this.typing = typing;
  }

  /**
   * The answer to one text frame. Every answer but a send's is complete when this returns; a send
   * is answered once its message is stored, so later frames may be answered first.
   */
  CompletableFuture<String> answer(UserId user, DeviceId device, String text) {
    ObjectNode frame;
    try {
      frame = Json.parseObject(text);
    } catch (IllegalArgumentException notJson) {
      return done(error(UNPARSED, new ErrorReply(400, notJson.getMessage())));
    }
    LogContext context =
        new LogContext()
            .with(LogContext.USER, user.value())
            .with(LogContext.DEVICE, device.value())
            .with(LogContext.CONVERSATION, textOf(frame, "conversation_id"))
            .with(LogContext.REQUEST, textOf(frame, "req_id"));
    return context.run(() -> answer(user, device, frame, context));
  }

  private static String textOf(ObjectNode frame, String key) {
    var value = frame.get(key);
    return value != null && value.isTextual() && value.textValue().length() <= 100
        ? value.textValue()
        : null;
  }

  private CompletableFuture<String> answer(
      UserId user, DeviceId device, ObjectNode frame, LogContext context) {
    Optional<String> reqId = validReqId(frame);
    int cmd = cmdOf(frame);
    if (cmd == UNPARSED) {
      return done(
          FrameEncoder.error(UNPARSED, new ErrorReply(400, "cmd must be an integer"), null, reqId));
    }
    if (reqId.isEmpty() && frame.hasNonNull("req_id")) {
      return done(error(cmd, new ErrorReply(400, "req_id must be a string of 1 to 64 characters")));
    }
    String msgId = cmd == SEND || cmd == STREAM_OPEN ? validMsgId(frame) : null;
    CompletableFuture<Object> body;
    try {
      body =
          switch (cmd) {
            case HEARTBEAT -> CompletableFuture.completedFuture(null);
            case SEND -> send(user, device, frame);
            case PULL -> CompletableFuture.completedFuture(pull(user, frame));
            case ACK -> CompletableFuture.completedFuture(ack(user, device, frame));
            case SYNC -> CompletableFuture.completedFuture(sync(user, frame));
            case TYPING -> CompletableFuture.completedFuture(typing(user, device, frame));
            case RECALL -> CompletableFuture.completedFuture(recall(user, frame));
            case EDIT -> CompletableFuture.completedFuture(edit(user, frame));
            case STREAM_OPEN -> openStream(user, device, frame);
            case STREAM_CHUNK -> CompletableFuture.completedFuture(chunk(user, device, frame));
            case STREAM_END -> CompletableFuture.completedFuture(endStream(user, frame));
            case CALL -> CompletableFuture.completedFuture(call(user, device, frame));
            case FOCUS -> CompletableFuture.completedFuture(focus(user, device, frame));
            default -> throw new IllegalArgumentException("unknown cmd " + cmd);
          };
    } catch (RuntimeException failure) {
      return done(FrameEncoder.error(cmd, ErrorReply.of(failure), msgId, reqId));
    }
    // A send is answered on the thread that stored it: its failure is logged with the frame's
    // context all the same.
    return body.handle(
        (ok, failure) ->
            context.run(
                () ->
                    failure != null
                        ? FrameEncoder.error(cmd, ErrorReply.of(failure), msgId, reqId)
                        : FrameEncoder.answer(cmd, ok, reqId)));
  }

  private static CompletableFuture<String> done(String answer) {
    return CompletableFuture.completedFuture(answer);
  }

  private static String error(int cmd, ErrorReply reply) {
    return FrameEncoder.error(cmd, reply, null, Optional.empty());
  }

  /** The answer to a message assembled from fragments that grew too large. */
  String tooLarge() {
    return error(UNPARSED, new ErrorReply(413, "message too large"));
  }

  /** The answer to a binary frame: the protocol has none. */
  String binaryFrame() {
    return error(UNPARSED, new ErrorReply(400, "binary frames are not supported"));
  }

  private CompletableFuture<Object> send(UserId user, DeviceId device, ObjectNode frame) {
    String msgId = Json.requiredString(frame, "msg_id");
    String conversationId = Json.requiredString(frame, "conversation_id");
    ObjectNode payload = Json.requiredObject(frame, "payload");
    var msgType = Json.optionalLong(payload, "msg_type");
    String content = Json.requiredString(payload, "content");
    var replyTo = Json.optionalLong(payload, "reply_to");
    return send.send(
            Requests.send(
                user, Optional.of(device), conversationId, msgId, msgType, content, replyTo))
        .thenApply(SendAnswer::from);
  }

  /** A stream opens as a send of text: answered as a send, pushed with streaming true. */
  private CompletableFuture<Object> openStream(UserId user, DeviceId device, ObjectNode frame) {
    String msgId = Json.requiredString(frame, "msg_id");
    String conversationId = Json.requiredString(frame, "conversation_id");
    ObjectNode payload = Json.requiredObject(frame, "payload");
    var msgType = Json.optionalLong(payload, "msg_type");
    String content = Json.optionalString(payload, "content").orElse("");
    var replyTo = Json.optionalLong(payload, "reply_to");
    return streams
        .open()
        .open(Requests.openStream(user, device, conversationId, msgId, msgType, content, replyTo))
        .thenApply(SendAnswer::from);
  }

  private StreamChunkAnswer chunk(UserId user, DeviceId device, ObjectNode frame) {
    ConversationId conversation =
        ConversationId.parse(Json.requiredString(frame, "conversation_id"));
    long seq = Requests.messageSeq(Json.requiredLong(frame, "seq"));
    long index = Json.requiredLong(frame, "index");
    String delta = Json.requiredString(frame, "delta");
    streams.chunk().add(user, device, conversation, seq, index, delta);
    return new StreamChunkAnswer(seq, index);
  }

  /** cmd 14 answers the chunk it took. */
  private record StreamChunkAnswer(long seq, long index) {}

  private EditAnswer endStream(UserId user, ObjectNode frame) {
    ConversationId conversation =
        ConversationId.parse(Json.requiredString(frame, "conversation_id"));
    long seq = Requests.messageSeq(Json.requiredLong(frame, "seq"));
    var content = Json.optionalString(frame, "content");
    return new EditAnswer(MessageBody.from(streams.end().end(user, conversation, seq, content)));
  }

  private CallAnswer call(UserId user, DeviceId device, ObjectNode frame) {
    CallAction action = CallAction.fromClient(Json.requiredString(frame, "action"));
    var conversation = Json.optionalString(frame, "conversation_id").map(ConversationId::parse);
    var media = Json.optionalString(frame, "media").map(CallMedia::parse);
    var sdp = Json.optionalString(frame, "sdp");
    var candidate = Optional.ofNullable(frame.get("candidate")).filter(node -> !node.isNull());
    if (candidate.filter(node -> !node.isObject() && !node.isTextual()).isPresent()) {
      throw new IllegalArgumentException("candidate must be an object or a string");
    }
    CallSignalCommand command =
        new CallSignalCommand(
            action,
            Json.optionalString(frame, "call_id").map(CallId::new),
            conversation,
            media,
            sdp,
            candidate.map(Object::toString));
    return new CallAnswer(action.wireName(), calls.signal(user, device, command).value());
  }

  /** cmd 19: the conversation the device shows, or null for none; answered with cmd and code. */
  private Object focus(UserId user, DeviceId device, ObjectNode frame) {
    if (!frame.has("conversation_id")) {
      throw new IllegalArgumentException("conversation_id is required (null for none)");
    }
    focus.focus(
        user, device, Json.optionalString(frame, "conversation_id").map(ConversationId::parse));
    return null;
  }

  /** cmd 17 answers the action it took and its call. */
  private record CallAnswer(String action, String callId) {}

  private PullAnswer pull(UserId user, ObjectNode frame) {
    String conversationId = Json.requiredString(frame, "conversation_id");
    var cursorSeq = Json.optionalLong(frame, "cursor_seq");
    var limit = Json.optionalLong(frame, "limit");
    ConversationId conversation = ConversationId.parse(conversationId);
    PullCursor cursor = Requests.cursor(cursorSeq, limit);
    return PullAnswer.from(conversation, pull.pull(user, conversation, cursor));
  }

  private SyncAnswer sync(UserId user, ObjectNode frame) {
    SyncCursor cursor =
        Requests.syncCursor(Json.optionalLong(frame, "cursor"), Json.optionalLong(frame, "limit"));
    return SyncAnswer.from(sync.sync(user, cursor));
  }

  /**
   * Answered with cmd and code only: whether the state was relayed is no business of the typist.
   */
  private Object typing(UserId user, DeviceId device, ObjectNode frame) {
    String conversationId = Json.requiredString(frame, "conversation_id");
    boolean isTyping =
        Json.optionalBoolean(frame, "typing")
            .orElseThrow(() -> new IllegalArgumentException("typing must be true or false"));
    typing.typing(user, device, ConversationId.parse(conversationId), isTyping);
    return null;
  }

  private RecallAnswer recall(UserId user, ObjectNode frame) {
    ConversationId conversation =
        ConversationId.parse(Json.requiredString(frame, "conversation_id"));
    long seq = Requests.messageSeq(Json.requiredLong(frame, "seq"));
    return RecallAnswer.from(recall.recall(user, conversation, seq));
  }

  private EditAnswer edit(UserId user, ObjectNode frame) {
    ConversationId conversation =
        ConversationId.parse(Json.requiredString(frame, "conversation_id"));
    long seq = Requests.messageSeq(Json.requiredLong(frame, "seq"));
    MessageContent content = MessageContent.of(Json.requiredString(frame, "content"));
    return new EditAnswer(MessageBody.from(edit.edit(user, conversation, seq, content)));
  }

  /** cmd 15 and cmd 16 answer the final or edited message as their {@code payload}. */
  private record EditAnswer(MessageBody payload) {}

  private ReadPositionBody ack(UserId user, DeviceId device, ObjectNode frame) {
    String conversationId = Json.requiredString(frame, "conversation_id");
    long seq = Requests.ackSeq(Json.requiredLong(frame, "seq"));
    ConversationId conversation = ConversationId.parse(conversationId);
    ReadPosition position = ack.ack(user, Optional.of(device), conversation, seq);
    return ReadPositionBody.from(conversation, position);
  }

  /** The frame's cmd, or {@link FrameEncoder#UNPARSED} when it has no integer cmd. */
  private static int cmdOf(ObjectNode frame) {
    var cmd = frame.get("cmd");
    return cmd != null && cmd.isInt() && cmd.intValue() != UNPARSED ? cmd.intValue() : UNPARSED;
  }

  /** The frame's req_id when it is a string of 1 to 64 characters; anything else is not echoed. */
  private static Optional<String> validReqId(ObjectNode frame) {
    var reqId = frame.get("req_id");
    if (reqId == null || !reqId.isTextual()) {
      return Optional.empty();
    }
    String value = reqId.textValue();
    int length = value.codePointCount(0, value.length());
    return length >= 1 && length <= MAX_REQ_ID_LENGTH ? Optional.of(value) : Optional.empty();
  }

  /** The frame's msg_id, echoed in a send's error answer when it is a valid one. */
  private static String validMsgId(ObjectNode frame) {
    var msgId = frame.get("msg_id");
    return msgId != null && msgId.isTextual() && MsgId.isWellFormed(msgId.textValue())
        ? msgId.textValue()
        : null;
  }
}
