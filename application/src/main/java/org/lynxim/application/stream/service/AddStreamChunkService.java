package org.lynxim.application.stream.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.application.stream.port.in.AddStreamChunkUseCase;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.StreamProgress;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.StormControl;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * Lets the stream's progress decide what a chunk does, appends it if no other chunk came first
 * (else decides again), and relays it at once. A chunk for a stream with no buffer learns from the
 * stored message why: not a stream, someone else's, or ended. What this node saw at the last chunk
 * spares the next one two reads: the members and how far the stream had come.
 */
public final class AddStreamChunkService implements AddStreamChunkUseCase {
  /** Chunks of one stream come from one sender, so a lost race repeats at most a few times. */
  private static final int ATTEMPTS = 8;

  /**
   * How long the members read at a chunk serve the next ones: a bot writes tens of chunks a second,
   * and reading the group each time cost most of a chunk in the cluster. A member added meanwhile
   * gets the chunks a second later (and pulls the stream so far); one removed may get a second more
   * of them.
   */
  private static final Duration MEMBERS_FOR = Duration.ofSeconds(1);

  private static final int MAX_REMEMBERED = 10_000;

  private final Map<Amendment.Target, Recent> recent = new ConcurrentHashMap<>();

  private final ParticipationUseCase participation;
  private final OpenStreams streams;
  private final StreamBuffers buffers;
  private final RelaySignalUseCase relay;
  private final Clock clock;
  private final Duration idleTimeout;
  private final int maxBytes;
  private final StormControl storm;
  private final DeviceFocus focus;

  public AddStreamChunkService(
      ParticipationUseCase participation,
      OpenStreams streams,
      StreamBuffers buffers,
      RelaySignalUseCase relay,
      Clock clock,
      Duration idleTimeout,
      int maxBytes,
      StormControl storm,
      DeviceFocus focus) {
    this.storm = storm;
    this.focus = focus;
    this.participation = participation;
    this.streams = streams;
    this.buffers = buffers;
    this.relay = relay;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.maxBytes = maxBytes;
  }

  @Override
  public void add(
      UserId actor,
      DeviceId device,
      ConversationId conversation,
      long seq,
      long index,
      String delta) {
    Amendment.Target stream = new Amendment.Target(conversation, seq);
    Instant now = clock.instant();
    Recent recent = this.recent.get(stream);
    if (recent == null || !recent.actor().equals(actor) || recent.isOlderThan(now)) {
      recent = new Recent(actor, participation.require(actor, conversation).members(), now, null);
    }
    StreamProgress known = recent.progress();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      StreamProgress progress = known != null ? known : fresh(actor, stream);
      StreamProgress.Verdict verdict;
      try {
        verdict = progress.take(actor, index, delta, maxBytes);
      } catch (RuntimeException refused) {
        if (known == null) {
          throw refused;
        }
        known = null; // decided on what this node saw last: decide again on what is stored
        continue;
      }
      switch (verdict) {
        case StreamProgress.Verdict.Repeated repeated -> {
          return;
        }
        case StreamProgress.Verdict.Append append -> {
          if (buffers.append(
              stream, progress.lastIndex(), append.after(), delta, now.plus(idleTimeout))) {
            remember(stream, recent, append.after(), now);
            relay(
                conversation,
                recent.members(),
                new UserDevice(actor, device),
                new Signal.StreamChunk(conversation, seq, index, delta));
            return;
          }
          known = null;
        }
      }
    }
    throw new StoreUnavailableException("the stream's chunks kept racing; retry the chunk", null);
  }

  /** To every device but the sending one; in a group under storm control, to focused ones. */
  private void relay(
      ConversationId conversation, List<UserId> members, UserDevice from, Signal chunk) {
    if (!(conversation instanceof GroupChatId) || !storm.applies(members.size())) {
      relay.relay(Audience.allBut(members, from), chunk);
      return;
    }
    Set<UserId> inGroup = Set.copyOf(members);
    Set<UserDevice> focused =
        focus.focusedOn(conversation).stream()
            .filter(device -> inGroup.contains(device.user()) && !device.equals(from))
            .collect(Collectors.toUnmodifiableSet());
    if (!focused.isEmpty()) {
      relay.relay(Audience.devices(focused), chunk);
    }
  }

  /** What the buffer holds now; a stream with none is ended, or never was one. */
  private StreamProgress fresh(UserId actor, Amendment.Target stream) {
    return buffers
        .progress(stream)
        .orElseGet(
            () -> {
              recent.remove(stream);
              streams.requireOwnOpen(actor, stream.conversation(), stream.seq());
              // Stored as open, but its buffer is gone: it is being ended.
              throw new ConflictException(Reason.ENDED, "the stream ended");
            });
  }

  private void remember(Amendment.Target stream, Recent was, StreamProgress after, Instant now) {
    if (recent.size() >= MAX_REMEMBERED) {
      recent.values().removeIf(one -> one.isOlderThan(now));
    }
    recent.put(stream, new Recent(was.actor(), was.members(), was.membersAt(), after));
  }

  /**
   * What this node saw of a stream at its last chunk: who writes it, the conversation's members
   * (trusted for {@link #MEMBERS_FOR} before being read again) and how far it had come (checked by
   * the compare-and-set of the next append, so a stale one costs a retry, never a wrong chunk).
   */
  private record Recent(
      UserId actor, List<UserId> members, Instant membersAt, StreamProgress progress) {
    boolean isOlderThan(Instant now) {
      return membersAt.plus(MEMBERS_FOR).isBefore(now);
    }
  }
}
