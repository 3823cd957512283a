package org.lynxim.adapter.out.metrics;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Timer;
import java.time.Duration;
import org.lynxim.application.messaging.port.out.MessagingMetrics;

/** The message path's meters in a Helidon registry, served at {@code /observe/metrics}. */
public final class HelidonMessagingMetrics implements MessagingMetrics {
  private final Counter stored;
  private final Counter pushed;
  private final Timer sendLatency;
  private final Timer inboxFillLag;

  public HelidonMessagingMetrics(MeterRegistry registry) {
    this.stored =
        registry.getOrCreate(
            Counter.builder("lynx.messages.sent").description("Messages durably stored"));
    this.pushed =
        registry.getOrCreate(
            Counter.builder("lynx.messages.pushed")
                .description("Pushes handed to devices' outgoing queues"));
    this.sendLatency =
        registry.getOrCreate(
            Timer.builder("lynx.send.latency")
                .description("Time from a send's start until its message is durably stored"));
    this.inboxFillLag =
        registry.getOrCreate(
            Timer.builder("lynx.inbox.fill.lag")
                .description("Time from a batch stored until its inbox entries are written"));
  }

  @Override
  public void messageStored(Duration latency) {
    stored.increment();
    sendLatency.record(latency);
  }

  @Override
  public void messagesPushed(int count) {
    pushed.increment(count);
  }

  @Override
  public void inboxFilled(Duration lag) {
    inboxFillLag.record(lag);
  }
}
