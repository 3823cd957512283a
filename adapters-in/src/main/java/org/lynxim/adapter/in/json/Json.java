package org.lynxim.adapter.in.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.conversation.SyncPage;

/**
 * JSON in and out, shared by the WebSocket and REST adapters: reading fields of untrusted input
 * with the protocol's rules (wrong type = 400, {@code null} = absent), and writing message objects.
 */
public final class Json {
  /**
   * Jackson keeps its parse buffers in a thread-local pool by default; every WebSocket connection
   * runs on a virtual thread of its own, so that pool would hold about 16 KiB per connection for as
   * long as it stays open. A shared pool keeps the buffers few.
   */
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
              .build());

  private Json() {}

  /** Parses a request body or frame that must be a JSON object. */
  public static ObjectNode parseObject(String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON");
    }
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new IllegalArgumentException("a JSON object is required");
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] writeBytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field that may be absent or null; present, it must be a string. */
  public static Optional<String> optionalString(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return Optional.of(value.textValue());
  }

  public static String requiredString(ObjectNode object, String field) {
    return optionalString(object, field)
        .orElseThrow(() -> new IllegalArgumentException(field + " is required"));
  }

  /** A field that may be absent or null; present, it must be an integer. */
  public static OptionalLong optionalLong(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return OptionalLong.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException(field + " must be an integer");
    }
    return OptionalLong.of(value.longValue());
  }

  public static long requiredLong(ObjectNode object, String field) {
    OptionalLong value = optionalLong(object, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value.getAsLong();
  }

  public static ObjectNode requiredObject(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (value instanceof ObjectNode nested) {
      return nested;
    }
    throw new IllegalArgumentException(field + " must be an object");
  }

  /** A field that must be an array of strings when present. */
  public static Optional<List<String>> optionalStrings(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(field + " must be an array of strings");
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException(field + " must be an array of strings");
      }
      strings.add(item.textValue());
    }
    return Optional.of(strings);
  }

  /** The fields of a send's answer, the same over WebSocket and REST. */
  public static ObjectNode sendAnswer(ObjectNode answer, SendResult result) {
    Message message = result.message();
    answer.put("msg_id", message.msgId().value());
    answer.put("conversation_id", message.conversationId().value());
    answer.put("seq", message.seq());
    answer.put("send_time", message.sendTime());
    answer.put("duplicate", result.duplicate());
    return answer;
  }

  /**
   * A sync page's fields, the same over WebSocket and REST but for the list's name ({@code payload}
   * or {@code messages}): inbox entries as message objects with their inbox_seq.
   */
  public static ObjectNode syncAnswer(ObjectNode answer, String listName, SyncPage page) {
    ArrayNode list = answer.putArray(listName);
    for (InboxEntry entry : page.entries()) {
      list.add(message(entry.message()).put("inbox_seq", entry.inboxSeq()));
    }
    answer.put("next_cursor", page.nextCursor());
    answer.put("has_more", page.hasMore());
    answer.put("reset", page.reset());
    return answer;
  }

  /** The message object of PROTOCOL.md. */
  public static ObjectNode message(Message message) {
    ObjectNode node = object();
    node.put("conversation_id", message.conversationId().value());
    node.put("seq", message.seq());
    node.put("msg_id", message.msgId().value());
    node.put("sender_id", message.sender().value());
    node.put("msg_type", message.type().code());
    node.put("content", message.content().text());
    node.put("send_time", message.sendTime());
    return node;
  }
}
