package org.lynxim.adapter.in;

import io.helidon.logging.common.HelidonMdc;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Who and what a log line is about (user, device, conversation, request), kept in Helidon's MDC
 * while an inbound adapter handles a request or a frame, so the JSON log format can name them. Kept
 * only once that format is on ({@link #keep}): with text logs the send path pays nothing for it.
 */
public final class LogContext {
  public static final String USER = "user";
  public static final String DEVICE = "device";
  public static final String CONVERSATION = "conversation";
  public static final String REQUEST = "request";

  /** Set once the JSON log format is on: only it reads the MDC, so text logs skip the work. */
  private static volatile boolean kept;

  private final Map<String, String> values = new LinkedHashMap<>();

  /** Keeps the context from now on (the JSON log format names it in every line). */
  public static void keep() {
    kept = true;
  }

  public LogContext with(String key, String value) {
    if (kept && value != null && !value.isEmpty()) {
      values.put(key, value);
    }
    return this;
  }

  /** Runs the work with these values in the MDC, and removes them after. */
  public <T> T run(Supplier<T> work) {
    if (values.isEmpty()) {
      return work.get();
    }
    values.forEach(HelidonMdc::set);
    try {
      return work.get();
    } finally {
      values.keySet().forEach(HelidonMdc::remove);
    }
  }
}
