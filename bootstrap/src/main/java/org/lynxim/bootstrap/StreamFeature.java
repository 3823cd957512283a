package org.lynxim.bootstrap;

import java.time.Clock;
import java.time.Duration;
import org.lynxim.adapter.in.ws.StreamFrames;
import org.lynxim.application.messaging.service.ConversationMembership;
import org.lynxim.application.stream.service.AddStreamChunkService;
import org.lynxim.application.stream.service.EndIdleStreamsService;
import org.lynxim.application.stream.service.EndStreamService;
import org.lynxim.application.stream.service.OpenStreamService;
import org.lynxim.application.stream.service.OpenStreams;
import org.lynxim.domain.group.StormControl;

/**
 * Streaming messages: the frames that open, grow and end a stream, and the sweep, every second on
 * every node, that ends idle streams.
 *
 * @param sweep closed at shutdown
 */
record StreamFeature(StreamFrames frames, Every sweep) {
  private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

  static StreamFeature wire(
      LynxSettings settings,
      Shape shape,
      Stores stores,
      MessagingFeature messaging,
      DeliveryFeature delivery,
      ConversationMembership membership,
      Clock clock) {
    var buffers = shape.streamBuffers();
    OpenStreams streams = new OpenStreams(messaging.read(), messaging.appendSystemMessage());
    EndIdleStreamsService idle =
        new EndIdleStreamsService(
            stores.messages(),
            membership,
            streams,
            buffers,
            clock,
            settings.streamIdleTimeout(),
            settings.streamMaxBytes());
    return new StreamFeature(
        new StreamFrames(
            new OpenStreamService(messaging.send(), buffers, clock, settings.streamIdleTimeout()),
            new AddStreamChunkService(
                membership,
                streams,
                buffers,
                delivery.relaySignal(),
                clock,
                settings.streamIdleTimeout(),
                settings.streamMaxBytes(),
                new StormControl(settings.stormMembers()),
                shape.deviceFocus()),
            new EndStreamService(membership, streams, buffers, settings.streamMaxBytes())),
        Every.start("stream-sweep", SWEEP_EVERY, idle::endIdle));
  }
}
