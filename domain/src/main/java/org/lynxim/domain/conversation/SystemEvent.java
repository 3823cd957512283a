package org.lynxim.domain.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a system message (msg_type 100) tells: a change to a group or to a message. Its content is
 * the text of a JSON object with {@code event} and the event's keys (PROTOCOL.md, "System
 * messages"). The group's events are {@code org.lynxim.domain.group.GroupEvent}.
 */
public interface SystemEvent {

  /** The event's name, the value of {@code event}. */
  String name();

  /**
   * The event's other keys, in the order they are written: strings, numbers, booleans, null, lists.
   */
  Map<String, Object> keys();

  /** The message content: the JSON object's text. */
  default MessageContent content() {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("event", name());
    all.putAll(keys());
    return MessageContent.of(JsonText.object(all));
  }

  /** A message was recalled (sender: the recaller). */
  record MessageRecalled(long targetSeq) implements SystemEvent {
    public String name() {
      return "message_recalled";
    }

    public Map<String, Object> keys() {
      return Map.of("target_seq", targetSeq);
    }
  }

  /** A message was edited (or a stream ended). */
  record MessageUpdated(long targetSeq) implements SystemEvent {
    public String name() {
      return "message_updated";
    }

    public Map<String, Object> keys() {
      return Map.of("target_seq", targetSeq);
    }
  }
}
