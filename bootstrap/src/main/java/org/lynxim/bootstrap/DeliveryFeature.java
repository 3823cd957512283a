package org.lynxim.bootstrap;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.lynxim.adapter.in.ws.ConnectionRegistry;
import org.lynxim.adapter.in.ws.LocalConnections;
import org.lynxim.adapter.in.ws.WebSocketSettings;
import org.lynxim.adapter.out.memory.InProcessTimers;
import org.lynxim.application.delivery.port.in.FocusConversationUseCase;
import org.lynxim.application.delivery.port.in.ListDevicesUseCase;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.delivery.port.in.PushMessageUseCase;
import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.delivery.port.in.RemovePushTokenUseCase;
import org.lynxim.application.delivery.port.in.SetPushTokenUseCase;
import org.lynxim.application.delivery.port.in.ShareReadPositionUseCase;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.application.delivery.service.ConnectDeviceService;
import org.lynxim.application.delivery.service.DisconnectDeviceService;
import org.lynxim.application.delivery.service.FocusConversationService;
import org.lynxim.application.delivery.service.KeepDevicesOnlineService;
import org.lynxim.application.delivery.service.ListDevicesService;
import org.lynxim.application.delivery.service.NotifyAccountService;
import org.lynxim.application.delivery.service.PushMessageService;
import org.lynxim.application.delivery.service.ReceiveFromOtherNodeService;
import org.lynxim.application.delivery.service.RelaySignalService;
import org.lynxim.application.delivery.service.RemovePushTokenService;
import org.lynxim.application.delivery.service.SetPushTokenService;
import org.lynxim.application.delivery.service.ShareReadPositionService;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.application.presence.port.in.QueryPresenceUseCase;
import org.lynxim.application.presence.service.AnnouncePresenceService;
import org.lynxim.application.presence.service.QueryPresenceService;
import org.lynxim.domain.group.StormControl;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * This node's connections and the delivery use cases around them: devices connecting and leaving
 * (driven by the WebSocket adapter), events from other nodes (driven by the shape's relay), the
 * pushes the messaging feature asks for, and presence, which rides on devices coming and going.
 *
 * @param timers the presence timers, closed at shutdown
 */
record DeliveryFeature(
    ConnectionRegistry connections,
    PushMessageUseCase push,
    ShareReadPositionUseCase shareReadPosition,
    NotifyAccountUseCase notifyAccount,
    RelaySignalUseCase relaySignal,
    QueryPresenceUseCase queryPresence,
    ListDevicesUseCase listDevices,
    SetPushTokenUseCase setPushToken,
    RemovePushTokenUseCase removePushToken,
    DevicePresence presence,
    DeviceDepartures departures,
    FocusConversationUseCase focusConversation,
    InProcessTimers timers) {

  /** {@code listener} hears of every device whose connection to this node closed. */
  void whenDeviceLeaves(BiConsumer<UserId, DeviceId> listener) {
    departures.add(listener);
  }

  static DeliveryFeature wire(
      LynxSettings settings,
      Shape shape,
      Stores stores,
      WebSocketSettings webSocket,
      MessagingMetrics metrics,
      ParticipationUseCase participation,
      Clock clock) {
    DevicePresence presence = shape.presence();
    OtherNodes otherNodes = shape.otherNodes();
    DeviceFocus focus = shape.deviceFocus();
    LocalConnections local = new LocalConnections(metrics, clock);
    RelaySignalService relay = new RelaySignalService(local, otherNodes);
    InProcessTimers timers = new InProcessTimers();
    AnnouncePresenceService announce =
        new AnnouncePresenceService(
            stores.friendships(),
            presence,
            // A mark outlives the grace, so that a node's settling always finds it.
            shape.leavingUsers(settings.presenceGrace().multipliedBy(2).plusSeconds(5)),
            stores.lastSeen(),
            timers,
            relay,
            clock,
            settings.presenceGrace());
    DeviceDepartures departures =
        new DeviceDepartures(new DisconnectDeviceService(presence, announce));
    // A device that left has nothing in focus (one that connects again says so again).
    departures.add((user, device) -> focus.focus(new UserDevice(user, device), Optional.empty()));
    ConnectionRegistry connections =
        new ConnectionRegistry(
            webSocket,
            local,
            new ConnectDeviceService(presence, otherNodes, announce),
            departures,
            new KeepDevicesOnlineService(presence),
            clock);
    otherNodes.listen(new ReceiveFromOtherNodeService(local)::receive);
    return new DeliveryFeature(
        connections,
        new PushMessageService(local, otherNodes, new StormControl(settings.stormMembers()), focus),
        new ShareReadPositionService(local, otherNodes),
        new NotifyAccountService(local, otherNodes),
        relay,
        new QueryPresenceService(stores.friendships(), presence, stores.lastSeen()),
        new ListDevicesService(presence, stores.pushTokens()),
        new SetPushTokenService(presence, stores.pushTokens()),
        new RemovePushTokenService(stores.pushTokens()),
        presence,
        departures,
        new FocusConversationService(participation, focus),
        timers);
  }
}
