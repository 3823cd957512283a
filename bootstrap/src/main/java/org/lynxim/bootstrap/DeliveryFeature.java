package org.lynxim.bootstrap;

import java.time.Clock;
import org.lynxim.adapter.in.ws.ConnectionRegistry;
import org.lynxim.adapter.in.ws.WebSocketSettings;
import org.lynxim.application.delivery.port.in.ListDevicesUseCase;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.delivery.port.in.PushMessageUseCase;
import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.delivery.port.in.RemovePushTokenUseCase;
import org.lynxim.application.delivery.port.in.SetPushTokenUseCase;
import org.lynxim.application.delivery.port.in.ShareReadPositionUseCase;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.application.delivery.service.ConnectDeviceService;
import org.lynxim.application.delivery.service.DisconnectDeviceService;
import org.lynxim.application.delivery.service.KeepDevicesOnlineService;
import org.lynxim.application.delivery.service.ListDevicesService;
import org.lynxim.application.delivery.service.NotifyAccountService;
import org.lynxim.application.delivery.service.PushMessageService;
import org.lynxim.application.delivery.service.ReceiveFromOtherNodeService;
import org.lynxim.application.delivery.service.RelaySignalService;
import org.lynxim.application.delivery.service.RemovePushTokenService;
import org.lynxim.application.delivery.service.SetPushTokenService;
import org.lynxim.application.delivery.service.ShareReadPositionService;
import org.lynxim.application.messaging.port.out.MessagingMetrics;

/**
 * This node's connections and the delivery use cases around them: devices connecting and leaving
 * (driven by the WebSocket adapter), events from other nodes (driven by the shape's relay), and the
 * pushes the messaging feature asks for.
 */
record DeliveryFeature(
    ConnectionRegistry connections,
    PushMessageUseCase push,
    ShareReadPositionUseCase shareReadPosition,
    NotifyAccountUseCase notifyAccount,
    RelaySignalUseCase relaySignal,
    ListDevicesUseCase listDevices,
    SetPushTokenUseCase setPushToken,
    RemovePushTokenUseCase removePushToken) {

  static DeliveryFeature wire(
      Shape shape,
      PushTokens pushTokens,
      WebSocketSettings webSocket,
      MessagingMetrics metrics,
      Clock clock) {
    DevicePresence presence = shape.presence();
    OtherNodes otherNodes = shape.otherNodes();
    ConnectionRegistry connections =
        new ConnectionRegistry(
            webSocket,
            metrics,
            new ConnectDeviceService(presence, otherNodes),
            new DisconnectDeviceService(presence),
            new KeepDevicesOnlineService(presence),
            clock);
    otherNodes.listen(new ReceiveFromOtherNodeService(connections)::receive);
    return new DeliveryFeature(
        connections,
        new PushMessageService(connections, otherNodes),
        new ShareReadPositionService(connections, otherNodes),
        new NotifyAccountService(connections, otherNodes),
        new RelaySignalService(connections, otherNodes),
        new ListDevicesService(presence, pushTokens),
        new SetPushTokenService(presence, pushTokens),
        new RemovePushTokenService(pushTokens));
  }
}
