package org.lynxim.domain.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.lynxim.domain.conversation.MessageContent;

/**
 * What the call log message (msg_type 8) of an ended call says: {@code
 * {"call_id","media","result","duration_ms"}}.
 */
public record CallLog(CallId call, CallMedia media, CallResult result, long durationMs) {
  public CallLog {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(result, "result");
    if (durationMs < 0) {
      throw new IllegalArgumentException("a call lasts 0 ms or more");
    }
  }

  public MessageContent content() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("call_id", call.value());
    fields.put("media", media.wireName());
    fields.put("result", result.wireName());
    fields.put("duration_ms", durationMs);
    return MessageContent.jsonObject(fields);
  }
}
