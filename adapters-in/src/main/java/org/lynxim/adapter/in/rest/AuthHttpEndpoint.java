package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.LoggedIn;
import org.lynxim.adapter.in.wire.Registered;
import org.lynxim.application.account.port.in.LoginUseCase;
import org.lynxim.application.account.port.in.RegisterUserUseCase;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.Password;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/auth}: register and log in. */
public final class AuthHttpEndpoint implements HttpService {
  private final RegisterUserUseCase register;
  private final LoginUseCase login;

  public AuthHttpEndpoint(RegisterUserUseCase register, LoginUseCase login) {
    this.register = register;
    this.login = login;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/register", this::register).post("/login", this::login);
  }

  private void register(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    String username = Json.requiredString(body, "username");
    String password = Json.requiredString(body, "password");
    var nickname = Json.optionalString(body, "nickname");
    UserId user =
        register.register(
            UserId.of(username), new Password(password), nickname.flatMap(Nickname::ofNullable));
    Bodies.send(response, 201, Registered.from(user));
  }

  private void login(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    String username = Json.requiredString(body, "username");
    String password = Json.requiredString(body, "password");
    Bodies.send(
        response, 200, LoggedIn.from(login.login(username, password, request.remotePeer().host())));
  }
}
