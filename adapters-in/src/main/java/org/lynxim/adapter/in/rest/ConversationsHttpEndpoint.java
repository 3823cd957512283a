package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.OptionalLong;
import org.lynxim.adapter.in.Requests;
import org.lynxim.adapter.in.UseCases;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.Page;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/conversations}: the list, and sending, pulling and acking in one of them. */
public final class ConversationsHttpEndpoint implements HttpService {
  private final UseCases useCases;

  public ConversationsHttpEndpoint(UseCases useCases) {
    this.useCases = useCases;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/{id}/messages", this::send)
        .get("/{id}/messages", this::pull)
        .post("/{id}/ack", this::ack);
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
        useCases
            .send()
            .send(Requests.send(caller, Optional.empty(), rawConversation, msgId, msgType, content))
            .join();
    Bodies.send(response, 200, Json.sendAnswer(Json.object(), result));
  }

  private void pull(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    ConversationId conversation = conversation(request);
    PullCursor cursor =
        Requests.cursor(
            Bodies.queryLong(request, "cursor_seq"), Bodies.queryLong(request, "limit"));
    Page page = useCases.pull().pull(caller, conversation, cursor);
    ObjectNode answer = Json.object();
    ArrayNode messages = answer.putArray("messages");
    page.messages().forEach(message -> messages.add(Json.message(message)));
    answer.put("next_cursor_seq", page.nextCursorSeq());
    answer.put("has_more", page.hasMore());
    Bodies.send(response, 200, answer);
  }

  private void ack(ServerRequest request, ServerResponse response) {
    UserId caller = Caller.of(request);
    ConversationId conversation = conversation(request);
    long seq = Requests.ackSeq(Json.requiredLong(Bodies.read(request), "seq"));
    ReadPosition position = useCases.ack().ack(caller, Optional.empty(), conversation, seq);
    ObjectNode answer = Json.object();
    answer.put("conversation_id", conversation.value());
    answer.put("last_ack_seq", position.lastAckSeq());
    Bodies.send(response, 200, answer);
  }

  private void list(ServerRequest request, ServerResponse response) {
    ObjectNode answer = Json.object();
    ArrayNode conversations = answer.putArray("conversations");
    for (ConversationSummary summary : useCases.listConversations().list(Caller.of(request))) {
      ObjectNode line = conversations.addObject();
      line.put("conversation_id", summary.conversationId().value());
      line.put("type", summary.isGroup() ? "group" : "direct");
      line.put("last_seq", summary.lastSeq());
      line.put("last_ack_seq", summary.readPosition().lastAckSeq());
      line.put("unread", summary.unread());
      line.put("diffusion", summary.diffusion().wireName());
      summary
          .lastMessage()
          .ifPresentOrElse(
              message -> line.set("last_message", Json.message(message)),
              () -> line.putNull("last_message"));
    }
    Bodies.send(response, 200, answer);
  }
}
