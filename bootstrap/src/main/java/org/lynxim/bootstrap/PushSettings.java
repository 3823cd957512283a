package org.lynxim.bootstrap;

import io.helidon.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Offline push, under {@code lynx.push}: the gateway's webhook ({@code LYNX_PUSH_WEBHOOK_URL};
 * unset, offline push is off) and the secret its requests are signed with ({@code
 * LYNX_PUSH_WEBHOOK_SECRET}, required with the url); how long one request may take, and how long a
 * batch the gateway cannot take is tried again (at least ten minutes).
 */
record PushSettings(
    Optional<URI> webhookUrl,
    String webhookSecret,
    Duration requestTimeout,
    Duration retryFor,
    Duration firstRetry) {

  static PushSettings from(Config push) {
    Optional<URI> url =
        push.get("webhook.url").asString().asOptional().filter(u -> !u.isBlank()).map(URI::create);
    String secret = push.get("webhook.secret").asString().orElse("");
    if (url.isPresent() && secret.isBlank()) {
      throw new IllegalArgumentException(
          "a push webhook needs its secret: set lynx.push.webhook.secret (LYNX_PUSH_WEBHOOK_SECRET)");
    }
    return new PushSettings(
        url,
        secret,
        push.get("webhook.timeout").as(Duration.class).orElse(Duration.ofSeconds(10)),
        push.get("retry.for").as(Duration.class).orElse(Duration.ofMinutes(15)),
        push.get("retry.first").as(Duration.class).orElse(Duration.ofSeconds(1)));
  }
}
