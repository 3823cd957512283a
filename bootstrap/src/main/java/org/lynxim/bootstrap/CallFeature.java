package org.lynxim.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.lynxim.application.call.port.in.HangUpLeftDeviceUseCase;
import org.lynxim.application.call.port.in.IceServersUseCase;
import org.lynxim.application.call.port.in.SignalCallUseCase;
import org.lynxim.application.call.service.CallSteps;
import org.lynxim.application.call.service.EndStaleCallsService;
import org.lynxim.application.call.service.HangUpLeftDeviceService;
import org.lynxim.application.call.service.IceServersService;
import org.lynxim.application.call.service.SignalCallService;
import org.lynxim.application.messaging.service.ConversationMembership;
import org.lynxim.application.push.port.out.PushQueue;

/**
 * Calls: the signalling frames, the ICE servers, a party's device leaving, and the sweep, every
 * second on every node, of calls that rang out or lost a party.
 *
 * @param sweep closed at shutdown
 */
record CallFeature(
    SignalCallUseCase signal,
    IceServersUseCase iceServers,
    HangUpLeftDeviceUseCase hangUpLeftDevice,
    Every sweep) {
  private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

  static CallFeature wire(
      LynxSettings settings,
      CallSettings calls,
      Shape shape,
      Stores stores,
      MessagingFeature messaging,
      DeliveryFeature delivery,
      ConversationMembership membership,
      PushQueue pushes,
      Clock clock) {
    var store = shape.callStore();
    CallSteps steps = new CallSteps(store, delivery.relaySignal(), messaging.appendCallLog());
    EndStaleCallsService stale =
        new EndStaleCallsService(
            store, steps, delivery.presence(), clock, settings.callsRingTimeout());
    HangUpLeftDeviceService hangUp = new HangUpLeftDeviceService(store, steps, clock);
    delivery.whenDeviceLeaves(hangUp::left);
    return new CallFeature(
        new SignalCallService(
            membership, stores.relations(), store, steps, pushes, clock, new SecureRandom()),
        new IceServersService(
            calls.stunUrls(), calls.turnUrls(), calls.turnSecret(), calls.turnTtl(), clock),
        hangUp,
        Every.start("call-sweep", SWEEP_EVERY, stale::endStale));
  }
}
