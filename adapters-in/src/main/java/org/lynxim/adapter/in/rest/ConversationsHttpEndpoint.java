package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.OptionalLong;
import org.lynxim.adapter.in.Requests;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.ConversationList;
import org.lynxim.adapter.in.wire.PullAnswer;
import org.lynxim.adapter.in.wire.ReadPositionBody;
import org.lynxim.adapter.in.wire.ReadsBody;
import org.lynxim.adapter.in.wire.SendAnswer;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.in.ListConversationsUseCase;
import org.lynxim.application.messaging.port.in.ListGroupReadsUseCase;
import org.lynxim.application.messaging.port.in.PullMessagesUseCase;
import org.lynxim.application.messaging.port.in.SendMessageUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationListCursor;
import org.lynxim.domain.conversation.ConversationListPage;
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

  public ConversationsHttpEndpoint(
      ListConversationsUseCase list,
      SendMessageUseCase send,
      PullMessagesUseCase pull,
      AckMessagesUseCase ack,
      ListGroupReadsUseCase reads) {
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
        .get("/{id}/reads", this::reads);
  }

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
    SendResult result =
        send.send(Requests.send(caller, Optional.empty(), rawConversation, msgId, msgType, content))
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
