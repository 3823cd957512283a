package org.lynxim.adapter.out.metrics;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * A node's own meters beside the message path's: how many devices are connected, how deep the send
 * pipeline is here, the refusals that are the server's (429, 503, 500), the push gateway's retries
 * and the batches the cluster's pipeline gave up on (dead-lettered). The dashboards and alerts in
 * {@code deploy/grafana} are built on these.
 */
public final class NodeMeters {
  /**
   * What the gauges read. A registry holds one gauge per name for the whole process, so the gauges
   * read through these: the node started last in a process (tests start several) is the one shown.
   */
  private static final AtomicReference<IntSupplier> CONNECTED = new AtomicReference<>(() -> 0);

  private static final AtomicReference<IntSupplier> QUEUED = new AtomicReference<>(() -> 0);

  private final MeterRegistry registry;
  private final Map<Integer, Counter> refusals = new ConcurrentHashMap<>();

  public NodeMeters(MeterRegistry registry) {
    this.registry = registry;
    for (int code : List.of(429, 500, 503)) {
      refusal(code); // exported at 0 from the start, so rates and alerts see them
    }
  }

  public void connections(IntSupplier connected) {
    CONNECTED.set(connected);
    registry.getOrCreate(
        Gauge.builder("lynx.connections", () -> CONNECTED.get().getAsInt())
            .description("Devices connected to this node"));
  }

  public void pipelineQueued(IntSupplier queued) {
    QUEUED.set(queued);
    registry.getOrCreate(
        Gauge.builder("lynx.pipeline.queued", () -> QUEUED.get().getAsInt())
            .description("Sends submitted through this node and not answered yet"));
  }

  /** Counts each refusal by its code. */
  public IntConsumer refusals() {
    return code -> refusal(code).increment();
  }

  private Counter refusal(int code) {
    return refusals.computeIfAbsent(
        code,
        c ->
            registry.getOrCreate(
                Counter.builder("lynx.refused")
                    .tags(List.of(Tag.create("code", String.valueOf(c))))
                    .description("Requests and frames the server refused (429, 500, 503)")));
  }

  public Runnable webhookRetries() {
    Counter retries =
        registry.getOrCreate(
            Counter.builder("lynx.push.webhook.retries")
                .description("Push gateway calls tried again after a 5xx or no answer"));
    return retries::increment;
  }

  public Runnable deadLettered() {
    Counter dead =
        registry.getOrCreate(
            Counter.builder("lynx.pipeline.dead.lettered")
                .description("Send batches the cluster's pipeline gave up on (dead-letter queue)"));
    return dead::increment;
  }
}
