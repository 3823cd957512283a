package org.lynxim.adapter.in.ws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.Requests;
import org.lynxim.adapter.in.UseCases;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.Page;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * The WebSocket protocol: one client frame in, one answer out. Stateless; the connection supplies
 * who is speaking. Every failure becomes an error answer, and the connection goes on.
 */
final class FrameHandler {
  static final int HEARTBEAT = 0;
  static final int SEND = 2;
  static final int PULL = 3;
  static final int ACK = 4;
  static final int PUSH = 5;
  static final int ACK_SYNC = 6;
  static final int SYNC = 10;
  static final int UNPARSED = -1;
  private static final int MAX_REQ_ID_LENGTH = 64;

  private final UseCases useCases;

  FrameHandler(UseCases useCases) {
    this.useCases = useCases;
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
      return done(
          error(UNPARSED, Optional.empty(), new ErrorReply(400, notJson.getMessage()), null));
    }
    Optional<String> reqId = validReqId(frame);
    int cmd = cmdOf(frame);
    if (cmd == UNPARSED) {
      return done(error(UNPARSED, reqId, new ErrorReply(400, "cmd must be an integer"), null));
    }
    if (reqId.isEmpty() && frame.hasNonNull("req_id")) {
      return done(
          error(
              cmd,
              reqId,
              new ErrorReply(400, "req_id must be a string of 1 to 64 characters"),
              null));
    }
    String msgId = cmd == SEND ? validMsgId(frame) : null;
    CompletableFuture<ObjectNode> answer;
    try {
      answer =
          switch (cmd) {
            case HEARTBEAT -> CompletableFuture.completedFuture(answer(HEARTBEAT));
            case SEND -> send(user, device, frame);
            case PULL -> CompletableFuture.completedFuture(pull(user, frame));
            case ACK -> CompletableFuture.completedFuture(ack(user, device, frame));
            case SYNC -> CompletableFuture.completedFuture(sync(user, frame));
            default -> throw new IllegalArgumentException("unknown cmd " + cmd);
          };
    } catch (RuntimeException failure) {
      return done(error(cmd, reqId, ErrorReply.of(failure), msgId));
    }
    return answer.handle(
        (ok, failure) -> {
          if (failure != null) {
            return error(cmd, reqId, ErrorReply.of(failure), msgId);
          }
          reqId.ifPresent(id -> ok.put("req_id", id));
          return Json.write(ok);
        });
  }

  private static CompletableFuture<String> done(String answer) {
    return CompletableFuture.completedFuture(answer);
  }

  /** The answer to a message assembled from fragments that grew too large. */
  String tooLarge() {
    return error(UNPARSED, Optional.empty(), new ErrorReply(413, "message too large"), null);
  }

  /** The answer to a binary frame: the protocol has none. */
  String binaryFrame() {
    return error(
        UNPARSED, Optional.empty(), new ErrorReply(400, "binary frames are not supported"), null);
  }

  private CompletableFuture<ObjectNode> send(UserId user, DeviceId device, ObjectNode frame) {
    String msgId = Json.requiredString(frame, "msg_id");
    String conversationId = Json.requiredString(frame, "conversation_id");
    ObjectNode payload = Json.requiredObject(frame, "payload");
    var msgType = Json.optionalLong(payload, "msg_type");
    String content = Json.requiredString(payload, "content");
    return useCases
        .send()
        .send(Requests.send(user, Optional.of(device), conversationId, msgId, msgType, content))
        .thenApply(result -> Json.sendAnswer(answer(SEND), result));
  }

  private ObjectNode pull(UserId user, ObjectNode frame) {
    String conversationId = Json.requiredString(frame, "conversation_id");
    var cursorSeq = Json.optionalLong(frame, "cursor_seq");
    var limit = Json.optionalLong(frame, "limit");
    ConversationId conversation = ConversationId.parse(conversationId);
    PullCursor cursor = Requests.cursor(cursorSeq, limit);
    Page page = useCases.pull().pull(user, conversation, cursor);
    ObjectNode answer = answer(PULL);
    answer.put("conversation_id", conversation.value());
    ArrayNode payload = answer.putArray("payload");
    page.messages().forEach(message -> payload.add(Json.message(message)));
    answer.put("next_cursor_seq", page.nextCursorSeq());
    answer.put("has_more", page.hasMore());
    return answer;
  }

  private ObjectNode sync(UserId user, ObjectNode frame) {
    SyncCursor cursor =
        Requests.syncCursor(Json.optionalLong(frame, "cursor"), Json.optionalLong(frame, "limit"));
    return Json.syncAnswer(answer(SYNC), "payload", useCases.sync().sync(user, cursor));
  }

  private ObjectNode ack(UserId user, DeviceId device, ObjectNode frame) {
    String conversationId = Json.requiredString(frame, "conversation_id");
    long seq = Requests.ackSeq(Json.requiredLong(frame, "seq"));
    ConversationId conversation = ConversationId.parse(conversationId);
    ReadPosition position = useCases.ack().ack(user, Optional.of(device), conversation, seq);
    ObjectNode answer = answer(ACK);
    answer.put("conversation_id", conversation.value());
    answer.put("last_ack_seq", position.lastAckSeq());
    return answer;
  }

  static String push(Message message) {
    ObjectNode frame = Json.object();
    frame.put("cmd", PUSH);
    frame.set("payload", Json.message(message));
    return Json.write(frame);
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

  static String ackSync(ConversationId conversation, ReadPosition position) {
    ObjectNode frame = Json.object();
    frame.put("cmd", ACK_SYNC);
    frame.put("conversation_id", conversation.value());
    frame.put("last_ack_seq", position.lastAckSeq());
    return Json.write(frame);
  }

  private static ObjectNode answer(int cmd) {
    ObjectNode answer = Json.object();
    answer.put("cmd", cmd);
    answer.put("code", 0);
    return answer;
  }

  private static String error(int cmd, Optional<String> reqId, ErrorReply reply, String msgId) {
    ObjectNode answer = Json.object();
    answer.put("cmd", cmd);
    answer.put("code", reply.code());
    answer.put("error", reply.message());
    if (msgId != null) {
      answer.put("msg_id", msgId);
    }
    reqId.ifPresent(id -> answer.put("req_id", id));
    return Json.write(answer);
  }

  /** The frame's cmd, or {@link #UNPARSED} when it has no integer cmd. */
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
    return msgId != null && msgId.isTextual() && msgId.textValue().matches("[A-Za-z0-9_-]{1,64}")
        ? msgId.textValue()
        : null;
  }
}
