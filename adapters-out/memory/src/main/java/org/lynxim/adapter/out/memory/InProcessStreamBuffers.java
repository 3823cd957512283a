package org.lynxim.adapter.out.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.StreamProgress;

/**
 * Stream buffers of a single process. Each change is one atomic {@code compute} on the stream's
 * entry. A process that dies takes its buffers with it; the streams it held open are ended by the
 * sweep of orphans once the process is back.
 */
public final class InProcessStreamBuffers implements StreamBuffers {
  private record Buffer(StreamProgress progress, StringBuilder content, Instant idleAt) {}

  private final Map<Amendment.Target, Buffer> open = new ConcurrentHashMap<>();

  @Override
  public void open(Amendment.Target stream, StreamProgress start, String content, Instant idleAt) {
    open.putIfAbsent(stream, new Buffer(start, new StringBuilder(content), idleAt));
  }

  @Override
  public Optional<StreamProgress> progress(Amendment.Target stream) {
    return Optional.ofNullable(open.get(stream)).map(Buffer::progress);
  }

  @Override
  public boolean append(
      Amendment.Target stream,
      long expectedIndex,
      StreamProgress after,
      String delta,
      Instant idleAt) {
    boolean[] appended = new boolean[1];
    open.computeIfPresent(
        stream,
        (key, buffer) -> {
          if (buffer.progress().lastIndex() != expectedIndex) {
            return buffer;
          }
          appended[0] = true;
          return new Buffer(after, buffer.content().append(delta), idleAt);
        });
    return appended[0];
  }

  @Override
  public Map<Amendment.Target, String> contents(Collection<Amendment.Target> streams) {
    Map<Amendment.Target, String> contents = new HashMap<>();
    for (Amendment.Target stream : streams) {
      // Read under the entry's lock: the builder grows in place.
      open.computeIfPresent(
          stream,
          (key, buffer) -> {
            contents.put(key, buffer.content().toString());
            return buffer;
          });
    }
    return contents;
  }

  @Override
  public Optional<String> take(Amendment.Target stream) {
    return Optional.ofNullable(open.remove(stream)).map(buffer -> buffer.content().toString());
  }

  @Override
  public List<Amendment.Target> idle(Instant now, int limit) {
    return open.entrySet().stream()
        .filter(entry -> !entry.getValue().idleAt().isAfter(now))
        .sorted(Comparator.comparing(entry -> entry.getValue().idleAt()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public Optional<String> takeIdle(Amendment.Target stream, Instant now) {
    String[] taken = new String[1];
    open.computeIfPresent(
        stream,
        (key, buffer) -> {
          if (buffer.idleAt().isAfter(now)) {
            return buffer;
          }
          taken[0] = buffer.content().toString();
          return null;
        });
    return Optional.ofNullable(taken[0]);
  }
}
