package org.lynxim.bootstrap;

import io.helidon.config.Config;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ICE servers calls use, under {@code lynx.calls} ({@code LYNX_CALLS_STUN_URLS}, {@code
 * LYNX_CALLS_TURN_URLS}: comma-separated; {@code LYNX_CALLS_TURN_SECRET}, the secret the TURN
 * server shares; {@code LYNX_CALLS_TURN_TTL}, how long its credentials last).
 */
record CallSettings(
    List<String> stunUrls, List<String> turnUrls, Optional<String> turnSecret, Duration turnTtl) {

  static CallSettings from(Config calls) {
    return new CallSettings(
        urls(calls.get("stun.urls")),
        urls(calls.get("turn.urls")),
        calls.get("turn.secret").asString().asOptional().filter(secret -> !secret.isBlank()),
        calls.get("turn.ttl").as(Duration.class).orElse(Duration.ofHours(1)));
  }

  private static List<String> urls(Config urls) {
    return Arrays.stream(urls.asString().orElse("").split(","))
        .map(String::trim)
        .filter(url -> !url.isEmpty())
        .toList();
  }
}
