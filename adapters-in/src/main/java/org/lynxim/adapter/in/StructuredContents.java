package org.lynxim.adapter.in;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalLong;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.StructuredContent;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/**
 * Reads the JSON text of a type 2-7 message's content into what it says; a value of the wrong type,
 * a missing required key or text that is not a JSON object is the client's mistake (400). {@code
 * null} counts as absent.
 */
final class StructuredContents {
  private StructuredContents() {}

  static Optional<StructuredContent> read(MsgType type, String content) {
    return switch (type) {
      case TEXT, CALL_LOG, SYSTEM -> Optional.empty();
      case IMAGE, FILE, VOICE, VIDEO -> Optional.of(media(type, object(content)));
      case CARD -> {
        ObjectNode card = object(content);
        yield Optional.of(
            new StructuredContent.Card(
                UserId.of(Json.requiredString(card, "user_id")),
                Json.optionalString(card, "nickname")));
      }
      case LOCATION -> {
        ObjectNode place = object(content);
        yield Optional.of(
            new StructuredContent.Location(
                number(place, "latitude"),
                number(place, "longitude"),
                Json.optionalString(place, "name"),
                Json.optionalString(place, "address")));
      }
    };
  }

  private static StructuredContent.Media media(MsgType type, ObjectNode media) {
    Json.optionalString(media, "name");
    return new StructuredContent.Media(
        type,
        Json.optionalString(media, "file_id").map(FileId::new),
        Json.optionalString(media, "url"),
        Json.optionalString(media, "thumb_file_id").map(FileId::new),
        boxed(Json.optionalLong(media, "width")),
        boxed(Json.optionalLong(media, "height")),
        boxed(Json.optionalLong(media, "size")),
        boxed(Json.optionalLong(media, "duration_ms")));
  }

  private static ObjectNode object(String content) {
    try {
      return Json.parseObject(content);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("content must be the text of a JSON object");
    }
  }

  private static double number(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(field + " must be a number");
    }
    return value.doubleValue();
  }

  private static Optional<Long> boxed(OptionalLong value) {
    return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
  }
}
