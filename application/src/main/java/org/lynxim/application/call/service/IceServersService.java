package org.lynxim.application.call.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lynxim.application.call.port.in.IceServersUseCase;
import org.lynxim.domain.user.UserId;

/**
 * The configured STUN and TURN servers; TURN credentials in the TURN REST convention: username
 * {@code <expiry epoch s>:<user_id>}, credential the base64 HMAC-SHA1 of the username with the
 * secret the TURN server shares (coturn: {@code use-auth-secret}, {@code static-auth-secret}).
 */
public final class IceServersService implements IceServersUseCase {
  private final List<String> stunUrls;
  private final List<String> turnUrls;
  private final Optional<String> turnSecret;
  private final Duration ttl;
  private final Clock clock;

  public IceServersService(
      List<String> stunUrls,
      List<String> turnUrls,
      Optional<String> turnSecret,
      Duration ttl,
      Clock clock) {
    if (!turnUrls.isEmpty() && turnSecret.isEmpty()) {
      throw new IllegalArgumentException("TURN urls need the TURN secret (LYNX_CALLS_TURN_SECRET)");
    }
    this.stunUrls = List.copyOf(stunUrls);
    this.turnUrls = List.copyOf(turnUrls);
    this.turnSecret = turnSecret;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public IceServers iceServers(UserId user) {
    List<IceServer> servers = new ArrayList<>();
    if (!stunUrls.isEmpty()) {
      servers.add(new IceServer(stunUrls, Optional.empty(), Optional.empty()));
    }
    if (!turnUrls.isEmpty()) {
      String username = clock.instant().plus(ttl).getEpochSecond() + ":" + user.value();
      servers.add(
          new IceServer(
              turnUrls,
              Optional.of(username),
              Optional.of(credential(turnSecret.orElseThrow(), username))));
    }
    return new IceServers(servers, ttl);
  }

  /** Base64 of HMAC-SHA1(secret, username), as coturn computes it. */
  static String credential(String secret, String username) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
    }
  }
}
