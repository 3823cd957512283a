package org.lynxim.domain.conversation;

import java.util.List;
import java.util.Map;

/**
 * The few JSON shapes the domain writes itself (system message contents): objects of strings, whole
 * numbers, booleans, null and lists of strings. The domain depends on nothing but the JDK, so a
 * JSON library is for the adapters; this covers RFC 8259's string escapes and nothing more.
 */
final class JsonText {
  private JsonText() {}

  static String object(Map<String, Object> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (key, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          string(json, key);
          json.append(':');
          value(json, value);
        });
    return json.append('}').toString();
  }

  private static void value(StringBuilder json, Object value) {
    switch (value) {
      case null -> json.append("null");
      case String text -> string(json, text);
      case Long number -> json.append(number.longValue());
      case Integer number -> json.append(number.intValue());
      case Boolean flag -> json.append(flag.booleanValue());
      case List<?> list -> {
        json.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            json.append(',');
          }
          value(json, list.get(i));
        }
        json.append(']');
      }
      default ->
          throw new IllegalArgumentException("not written as JSON here: " + value.getClass());
    }
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
