package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.lynxim.adapter.in.Requests;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.ConversationList;
import org.lynxim.adapter.in.wire.ConversationSettingsBody;
import org.lynxim.adapter.in.wire.MessageBody;
import org.lynxim.adapter.in.wire.PullAnswer;
import org.lynxim.adapter.in.wire.ReadPositionBody;
import org.lynxim.adapter.in.wire.ReadsBody;
import org.lynxim.adapter.in.wire.RecallAnswer;
import org.lynxim.adapter.in.wire.SendAnswer;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.in.ChangeConversationSettingsUseCase;
import org.lynxim.application.messaging.port.in.ClearConversationUseCase;
import org.lynxim.application.messaging.port.in.EditMessageUseCase;
import org.lynxim.application.messaging.port.in.ListConversationsUseCase;
import org.lynxim.application.messaging.port.in.ListGroupReadsUseCase;
import org.lynxim.application.messaging.port.in.PullMessagesUseCase;
import org.lynxim.application.messaging.port.in.ReadAllUseCase;
import org.lynxim.application.messaging.port.in.RecallMessageUseCase;
import org.lynxim.application.messaging.port.in.SendMessageUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationListCursor;
import org.lynxim.domain.conversation.ConversationListPage;
import org.lynxim.domain.conversation.ConversationSettingsChange;
import org.lynxim.domain.conversation.Draft;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.Page;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/conversations}: the list, and sending, pulling and acking in one of them. */
public final class ConversationsHttpEndpoint implements HttpService {
  private final ListConversationsUseCase list;
  private final SendMessageUseCase send;
  private final PullMessagesUseCase pull;
  private final AckMessagesUseCase ack;
  private final ListGroupReadsUseCase reads;
  private final ChangeConversationSettingsUseCase changeSettings;
  private final ClearConversationUseCase clear;
  private final ReadAllUseCase readAll;
  private final RecallMessageUseCase recall;
  private final EditMessageUseCase edit;

  public ConversationsHttpEndpoint(
      ListConversationsUseCase list,
      SendMessageUseCase send,
      PullMessagesUseCase pull,
      AckMessagesUseCase ack,
      ListGroupReadsUseCase reads,
      ChangeConversationSettingsUseCase changeSettings,
      ClearConversationUseCase clear,
      ReadAllUseCase readAll,
      RecallMessageUseCase recall,
      EditMessageUseCase edit) {
    this.recall = recall;
    this.edit = edit;
    this.changeSettings = changeSettings;
    this.clear = clear;
    this.readAll = readAll;
    this.list = list;
    this.send = send;
    this.pull = pull;
    this.ack = ack;
    this.reads = reads;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/{id}/messages", this::send)
        .get("/{id}/messages", this::pull)
        .post("/{id}/ack", this::ack)
        .get("/{id}/reads", this::reads)
        .post("/read-all", this::readAll)
        .patch("/{id}/settings", this::changeSettings)
        .delete("/{id}", this::clear)
        .post("/{id}/messages/{seq}/recall", this::recall)
        .patch("/{id}/messages/{seq}", this::edit);
  }

  private static long seq(ServerRequest request) {
    String raw = request.path().pathParameters().get("seq");
    if (!raw.matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("seq must be a positive number");
    }
    return Requests.messageSeq(Long.parseLong(raw));
  }

  private void recall(ServerRequest request, ServerResponse response) {
    Bodies.send(
        response,
        200,
        RecallAnswer.from(recall.recall(Caller.of(request), conversation(request), seq(request))));
  }

  private void edit(ServerRequest request, ServerResponse response) {
    ConversationId conversation = conversation(request);
    long seq = seq(request);
    MessageContent content =
        MessageContent.of(Json.requiredString(Bodies.read(request), "content"));
    Bodies.send(
        response, 200, MessageBody.from(edit.edit(Caller.of(request), conversation, seq, content)));
  }

  private void changeSettings(ServerRequest request, ServerResponse response) {
    ConversationId conversation = conversation(request);
    ObjectNode body = Bodies.read(request);
    ConversationSettingsChange change =
        new ConversationSettingsChange(
            Json.optionalBoolean(body, "pinned"),
            Json.optionalBoolean(body, "muted"),
            Json.patchedString(body, "draft").map(draft -> draft.map(Draft::new)));
    Bodies.send(
        response,
        200,
        ConversationSettingsBody.from(
            conversation, changeSettings.change(Caller.of(request), conversation, change)));
  }

  private void clear(ServerRequest request, ServerResponse response) {
    ConversationId conversation = conversation(request);
    long cleared = clear.clear(Caller.of(request), conversation);
    Bodies.send(response, 200, new Cleared(conversation.value(), cleared));
  }

  private record Cleared(String conversationId, long clearedSeq) {}

  private void readAll(ServerRequest request, ServerResponse response) {
    List<ReadPositionBody> moved = new ArrayList<>();
    readAll
        .readAll(Caller.of(request))
        .forEach(
            (conversation, position) -> moved.add(ReadPositionBody.from(conversation, position)));
    Bodies.send(response, 200, new ReadAll(moved));
  }

  private record ReadAll(List<ReadPositionBody> conversations) {}

  private void reads(ServerRequest request, ServerResponse response) {
    Bodies.send(
        response, 200, ReadsBody.from(reads.reads(Caller.of(request), conversation(request))));
  }

  private static ConversationId conversation(ServerRequest request) {
    return ConversationId.parse(request.path().pathParameters().get("id"));
  }

  private void send(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    String rawConversation = request.path().pathParameters().get("id");
    ObjectNode body = Bodies.read(request);
    String msgId = Json.requiredString(body, "msg_id");
    OptionalLong msgType = Json.optionalLong(body, "msg_type");
    String content = Json.requiredString(body, "content");
    OptionalLong replyTo = Json.optionalLong(body, "reply_to");
    SendResult result =
        send.send(
                Requests.send(
                    caller, Optional.empty(), rawConversation, msgId, msgType, content, replyTo))
            .join();
    Bodies.send(response, 200, SendAnswer.from(result));
  }

  private void pull(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    ConversationId conversation = conversation(request);
    PullCursor cursor =
        Requests.cursor(
            Bodies.queryLong(request, "cursor_seq"), Bodies.queryLong(request, "limit"));
    Page page = pull.pull(caller, conversation, cursor);
    Bodies.send(response, 200, PullAnswer.from(conversation, page));
  }

  private void ack(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    ConversationId conversation = conversation(request);
    long seq = Requests.ackSeq(Json.requiredLong(Bodies.read(request), "seq"));
    ReadPosition position = ack.ack(caller, Optional.empty(), conversation, seq);
    Bodies.send(response, 200, ReadPositionBody.from(conversation, position));
  }

  private void list(ServerRequest request, ServerResponse response) {
    OptionalLong limit = Bodies.queryLong(request, "limit");
    Optional<ConversationListCursor> after =
        request
            .query()
            .first("cursor")
            .asOptional()
            .filter(cursor -> !cursor.isEmpty())
            .map(ConversationList::decodeCursor);
    long pageSize = limit.orElse(ConversationListPage.MAX_LIMIT);
    if (pageSize < 1 || pageSize > ConversationListPage.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + ConversationListPage.MAX_LIMIT);
    }
    Bodies.send(
        response, 200, ConversationList.from(list.list(Caller.of(request), after, (int) pageSize)));
  }
}
