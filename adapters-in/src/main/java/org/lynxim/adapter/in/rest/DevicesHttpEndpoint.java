package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.DeviceBody;
import org.lynxim.application.delivery.port.in.ListDevicesUseCase;
import org.lynxim.application.delivery.port.in.RemovePushTokenUseCase;
import org.lynxim.application.delivery.port.in.SetPushTokenUseCase;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushPlatform;
import org.lynxim.domain.user.PushToken;

/** {@code /api/v1/devices}: the caller's devices and their push tokens. */
public final class DevicesHttpEndpoint implements HttpService {
  private final ListDevicesUseCase list;
  private final SetPushTokenUseCase setToken;
  private final RemovePushTokenUseCase removeToken;

  public DevicesHttpEndpoint(
      ListDevicesUseCase list, SetPushTokenUseCase setToken, RemovePushTokenUseCase removeToken) {
    this.list = list;
    this.setToken = setToken;
    this.removeToken = removeToken;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .put("/{device}/push", this::setToken)
        .delete("/{device}/push", this::removeToken);
  }

  private static DeviceId device(ServerRequest request) {
    return DeviceId.of(request.path().pathParameters().get("device"));
  }

  private void list(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, DeviceBody.Devices.from(list.devices(Caller.of(request))));
  }

  private void setToken(ServerRequest request, ServerResponse response) {
    DeviceId device = device(request);
    ObjectNode body = Bodies.read(request);
    PushToken token =
        new PushToken(
            PushPlatform.of(Json.requiredString(body, "platform")),
            Json.requiredString(body, "token"));
    Bodies.send(response, 200, DeviceBody.from(setToken.set(Caller.of(request), device, token)));
  }

  private void removeToken(ServerRequest request, ServerResponse response) {
    removeToken.remove(Caller.of(request), device(request));
    response.status(204).send();
  }
}
