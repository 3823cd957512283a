package org.lynxim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Client frames, written by hand: the generator must not spend its CPU on JSON encoding. Message
 * ids carry the send time ({@code System.nanoTime}, one process) so latency needs no lookup table.
 */
final class Frames {
  private Frames() {}

  static String msgId(long sentNanos, int sender, long n) {
    return "t" + sentNanos + "-" + sender + "-" + n;
  }

  static long sentNanos(String msgId) {
    return Long.parseLong(msgId.substring(1, msgId.indexOf('-')));
  }

  static String send(String msgId, String conversation, String content) {
    return "{\"cmd\":2,\"msg_id\":\""
        + msgId
        + "\",\"conversation_id\":\""
        + conversation
        + "\",\"payload\":{\"content\":\""
        + content
        + "\"}}";
  }

  static String pull(String reqId, String conversation, long cursor, int limit) {
    return "{\"cmd\":3,\"req_id\":\""
        + reqId
        + "\",\"conversation_id\":\""
        + conversation
        + "\",\"cursor_seq\":"
        + cursor
        + ",\"limit\":"
        + limit
        + "}";
  }

  static String sync(long cursor, int limit) {
    return "{\"cmd\":10,\"cursor\":" + cursor + ",\"limit\":" + limit + "}";
  }

  static final String HEARTBEAT = "{\"cmd\":0}";

  /** The frame's cmd; the server writes it first, as {@code {"cmd":N,...}}. */
  static int cmd(String frame) {
    int start = frame.indexOf("\"cmd\":") + 6;
    int end = start;
    while (end < frame.length()
        && (Character.isDigit(frame.charAt(end)) || frame.charAt(end) == '-')) {
      end++;
    }
    return Integer.parseInt(frame, start, end, 10);
  }

  /** The answer's code, 0 when it has none (pushes). */
  static int code(String frame) {
    int at = frame.indexOf("\"code\":");
    if (at < 0) {
      return 0;
    }
    int start = at + 7;
    int end = start;
    while (end < frame.length() && Character.isDigit(frame.charAt(end))) {
      end++;
    }
    return Integer.parseInt(frame, start, end, 10);
  }

  /** The first {@code msg_id} in the frame (a push's is its message's); ids need no escaping. */
  static String msgId(String frame) {
    int start = frame.indexOf("\"msg_id\":\"") + 10;
    return frame.substring(start, frame.indexOf('"', start));
  }

  /** The answer's {@code req_id}; the ids the generator sets need no escaping. */
  static String reqId(String frame) {
    int start = frame.indexOf("\"req_id\":\"") + 10;
    return frame.substring(start, frame.indexOf('"', start));
  }

  /** The whole frame as JSON, for the few frames whose content matters. */
  static JsonNode json(String frame) {
    try {
      return Server.JSON.readTree(frame);
    } catch (IOException e) {
      throw new IllegalStateException("the server sent invalid JSON: " + frame, e);
    }
  }

  /** Content of the given size in bytes, plain ASCII so that it needs no escaping. */
  static String content(int bytes) {
    return "x".repeat(Math.max(1, bytes));
  }
}
