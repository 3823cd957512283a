package org.lynxim.benchmarks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** Fills conversations with messages as fast as the server takes them, before a measurement. */
final class Preload {
  private Preload() {}

  /** Sends {@code count} messages from the user to the conversation, {@code window} at a time. */
  static void send(
      Server server, String token, String conversation, long count, int window, LongAdder done)
      throws InterruptedException {
    if (count <= 0) {
      return;
    }
    Semaphore inFlight = new Semaphore(window);
    CountDownLatch answered = new CountDownLatch((int) Math.min(count, Integer.MAX_VALUE));
    LongAdder refused = new LongAdder();
    String content = Frames.content(100);
    try (Conn conn =
        server.connect(
            token,
            "preload",
            frame -> {
              if (Frames.cmd(frame) == 2) {
                if (Frames.code(frame) != 0) {
                  refused.increment();
                }
                inFlight.release();
                answered.countDown();
                done.increment();
              }
            })) {
      for (long n = 0; n < count; n++) {
        inFlight.acquire();
        conn.send(Frames.send(Frames.msgId(System.nanoTime(), 0, n), conversation, content));
      }
      if (!answered.await(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the preload was not answered in time");
      }
    }
    if (refused.sum() > 0) {
      throw new IllegalStateException(
          refused.sum() + " preload sends were refused (are the server's rate limits raised?)");
    }
  }

  /** The conversation's last seq as the user's conversation list shows it. */
  static long lastSeq(Server server, String token, String conversation) {
    var list = server.get("/api/v1/conversations", token).body().get("conversations");
    for (var line : list) {
      if (line.get("conversation_id").asText().equals(conversation)) {
        return line.get("last_seq").asLong();
      }
    }
    return 0;
  }
}
