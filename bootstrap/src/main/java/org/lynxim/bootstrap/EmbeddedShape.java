package org.lynxim.bootstrap;

import io.helidon.health.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.ToLongFunction;
import org.lynxim.adapter.out.memory.InProcessCallStore;
import org.lynxim.adapter.out.memory.InProcessDeviceFocus;
import org.lynxim.adapter.out.memory.InProcessDevicePresence;
import org.lynxim.adapter.out.memory.InProcessLeavingUsers;
import org.lynxim.adapter.out.memory.InProcessPushQueue;
import org.lynxim.adapter.out.memory.InProcessSendPipeline;
import org.lynxim.adapter.out.memory.InProcessSendRateLimiter;
import org.lynxim.adapter.out.memory.InProcessSeqAllocator;
import org.lynxim.adapter.out.memory.InProcessStreamBuffers;
import org.lynxim.adapter.out.memory.NoOtherNodes;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.application.messaging.port.out.SendRateLimiter;
import org.lynxim.application.messaging.port.out.SeqAllocator;
import org.lynxim.application.presence.port.out.LeavingUsers;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.ConversationId;

/**
 * One process: pipeline, seqs, rate limits and presence in memory, pushes to this process's devices
 * only.
 */
final class EmbeddedShape implements Shape {
  private static final int SEQ_COUNTERS = 1_000_000;

  private final LynxSettings settings;
  private final InProcessSendPipeline pipeline;
  private final InProcessStreamBuffers streamBuffers = new InProcessStreamBuffers();
  private final InProcessCallStore callStore = new InProcessCallStore();
  private final InProcessDeviceFocus deviceFocus = new InProcessDeviceFocus();

  /** A restart loses what waits here (the README says so); past this many, jobs are dropped. */
  private final InProcessPushQueue pushQueue = new InProcessPushQueue(100_000);

  EmbeddedShape(LynxSettings settings) {
    this.settings = settings;
    this.pipeline =
        new InProcessSendPipeline(
            settings.writers(),
            settings.writerQueue(),
            settings.writerBatch(),
            settings.dbConnectionTimeout());
  }

  @Override
  public SendPipeline pipeline() {
    return pipeline;
  }

  @Override
  public SeqAllocator seqs(ToLongFunction<ConversationId> storedLastSeq) {
    return new InProcessSeqAllocator(storedLastSeq, SEQ_COUNTERS);
  }

  @Override
  public InboxStore inboxes(InboxStore inDatabase, MessageStore timeline) {
    return inDatabase;
  }

  @Override
  public SendRateLimiter rateLimiter() {
    return new InProcessSendRateLimiter(
        settings.sendsPerSecond(),
        settings.sendBurst(),
        settings.userSendsPerSecond(),
        settings.userSendBurst());
  }

  @Override
  public OtherNodes otherNodes() {
    return new NoOtherNodes();
  }

  @Override
  public DevicePresence presence() {
    return new InProcessDevicePresence(Clock.systemUTC());
  }

  @Override
  public LeavingUsers leavingUsers(Duration keep) {
    return new InProcessLeavingUsers();
  }

  @Override
  public DeviceFocus deviceFocus() {
    return deviceFocus;
  }

  @Override
  public PushQueue pushQueue() {
    return pushQueue;
  }

  @Override
  public CallStore callStore() {
    return callStore;
  }

  @Override
  public StreamBuffers streamBuffers() {
    return streamBuffers;
  }

  @Override
  public boolean onlyNode() {
    return true;
  }

  @Override
  public List<HealthCheck> healthChecks() {
    return List.of();
  }

  @Override
  public List<AutoCloseable> resources() {
    // The pipeline first: its last batches still queue their pushes.
    return List.of(pipeline, pushQueue);
  }
}
