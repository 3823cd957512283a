package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.ProfileBody;
import org.lynxim.adapter.in.wire.SettingsBody;
import org.lynxim.application.account.port.in.GetProfileUseCase;
import org.lynxim.application.account.port.in.GetSettingsUseCase;
import org.lynxim.application.account.port.in.UpdateProfileUseCase;
import org.lynxim.application.account.port.in.UpdateProfileUseCase.ProfileChange;
import org.lynxim.application.account.port.in.UpdateSettingsUseCase;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.Nickname;
import org.lynxim.domain.user.SettingsChange;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/users}: profiles, the caller's own profile and the caller's settings. */
public final class UsersHttpEndpoint implements HttpService {
  private static final String ME = "me";

  private final GetProfileUseCase profiles;
  private final UpdateProfileUseCase updateProfile;
  private final GetSettingsUseCase settings;
  private final UpdateSettingsUseCase updateSettings;

  public UsersHttpEndpoint(
      GetProfileUseCase profiles,
      UpdateProfileUseCase updateProfile,
      GetSettingsUseCase settings,
      UpdateSettingsUseCase updateSettings) {
    this.profiles = profiles;
    this.updateProfile = updateProfile;
    this.settings = settings;
    this.updateSettings = updateSettings;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/me/settings", this::settings)
        .patch("/me/settings", this::updateSettings)
        .patch("/me", this::updateProfile)
        .get("/{id}", this::profile);
  }

  private void profile(ServerRequest request, ServerResponse response) {
    String id = request.path().pathParameters().get("id");
    UserId user = ME.equals(id) ? Caller.of(request) : UserId.of(id);
    Bodies.send(response, 200, ProfileBody.from(profiles.profile(user)));
  }

  private void updateProfile(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    Optional<Optional<Nickname>> nickname =
        Json.patchedString(body, "nickname").map(value -> value.map(Nickname::new));
    Optional<Optional<FileId>> avatar =
        Json.patchedString(body, "avatar_file_id").map(value -> value.map(FileId::new));
    Bodies.send(
        response,
        200,
        ProfileBody.from(
            updateProfile.update(Caller.of(request), new ProfileChange(nickname, avatar))));
  }

  private void settings(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, SettingsBody.from(settings.settings(Caller.of(request))));
  }

  private void updateSettings(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    SettingsChange change =
        new SettingsChange(
            Json.optionalString(body, "direct_messages").map(DirectMessages::of),
            Json.optionalBoolean(body, "read_receipts"),
            Json.optionalBoolean(body, "push_preview"));
    Bodies.send(
        response, 200, SettingsBody.from(updateSettings.update(Caller.of(request), change)));
  }
}
