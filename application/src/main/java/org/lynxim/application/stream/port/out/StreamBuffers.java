package org.lynxim.application.stream.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.StreamProgress;

/**
 * The content of open streams so far, where every node sees it (the cluster's in Redis), with when
 * each goes idle. A stream is named by its placeholder message. Every change is atomic, so that two
 * nodes never both append the same chunk, nor both end the same stream.
 *
 * @throws org.lynxim.application.common.StoreUnavailableException from every method when the store
 *     is out of reach
 */
public interface StreamBuffers {

  /**
   * Opens the stream's buffer with its first content, idle from {@code idleAt}; nothing happens if
   * it is open already.
   */
  void open(Amendment.Target stream, StreamProgress start, String content, Instant idleAt);

  /** How far the open stream has come; empty once it is taken, or never opened. */
  Optional<StreamProgress> progress(Amendment.Target stream);

  /**
   * Appends {@code delta} if the stream's last index is still {@code expectedIndex}; the stream is
   * then {@code after}, idle from {@code idleAt}.
   *
   * @return whether it was appended (false: another chunk came first, or the stream was taken)
   */
  boolean append(
      Amendment.Target stream,
      long expectedIndex,
      StreamProgress after,
      String delta,
      Instant idleAt);

  /** The content so far of those streams that are open. */
  Map<Amendment.Target, String> contents(Collection<Amendment.Target> streams);

  /** Closes the buffer and answers its content; of two takers, one gets it. */
  Optional<String> take(Amendment.Target stream);

  /** At most {@code limit} open streams idle at {@code now}. */
  List<Amendment.Target> idle(Instant now, int limit);

  /** As {@link #take}, only while the stream is still idle at {@code now}. */
  Optional<String> takeIdle(Amendment.Target stream, Instant now);
}
