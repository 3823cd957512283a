package org.lynxim.adapter.in.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
                  // A key given twice is ambiguous: refused rather than the last one taken.
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          // One JSON value per frame or body: anything after it is refused.
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // The wire records' components are camelCase; the protocol's names are snake_case.
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private Json() {}

  /**
   * Parses a request body that must be a JSON object in UTF-8: bytes that are not UTF-8 are
   * refused, never read as U+FFFD.
   */
  public static ObjectNode parseObject(byte[] utf8) {
    return parseObject(
        strictUtf8(utf8).orElseThrow(() -> new IllegalArgumentException("the body is not UTF-8")));
  }

  /** The text of bytes that are UTF-8 through and through; empty when they are not. */
  public static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

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

  /** A wire record (or tree) as JSON text, with the protocol's snake_case names. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] writeBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mapper that writes like this one, for an adapter that adds naming rules of its own. */
  public static ObjectMapper copyOfWriter() {
    return MAPPER.copy();
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

  /**
   * A field a PATCH may set, clear or leave: empty when absent, holding empty when {@code null},
   * holding the string otherwise; present, it must be a string or null.
   */
  public static Optional<Optional<String>> patchedString(ObjectNode object, String field) {
    if (!object.has(field)) {
      return Optional.empty();
    }
    return Optional.of(optionalString(object, field));
  }

  /** A field that may be absent or null; present, it must be true or false. */
  public static Optional<Boolean> optionalBoolean(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(field + " must be true or false");
    }
    return Optional.of(value.booleanValue());
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
}
