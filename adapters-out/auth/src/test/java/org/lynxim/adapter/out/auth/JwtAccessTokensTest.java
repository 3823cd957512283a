package org.lynxim.adapter.out.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.user.Authenticated;
import org.lynxim.domain.user.UserId;

class JwtAccessTokensTest {
  private static final byte[] SECRET =
      "a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
  private final JwtAccessTokens tokens =
      new JwtAccessTokens(SECRET, Duration.ofHours(1), Clock.fixed(now, ZoneOffset.UTC));

  @Test
  void an_issued_token_names_its_user() {
    var issued = tokens.issue(UserId.of("alice"));

    assertThat(issued.lifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(tokens.verify(issued.token()))
        .contains(new Authenticated(UserId.of("alice"), now.plus(Duration.ofHours(1))));
  }

  @Test
  void an_expired_token_is_refused() {
    String token = tokens.issue(UserId.of("alice")).token();
    var later = Clock.fixed(now.plus(Duration.ofMinutes(61)), ZoneOffset.UTC);

    assertThat(new JwtAccessTokens(SECRET, Duration.ofHours(1), later).verify(token)).isEmpty();
  }

  @Test
  void a_token_without_an_expiry_is_refused_even_when_properly_signed() {
    String forever =
        JWT.create()
            .withIssuer("lynx-im")
            .withSubject("alice")
            .withIssuedAt(now)
            .sign(Algorithm.HMAC256(SECRET));

    assertThat(tokens.verify(forever)).isEmpty();
  }

  @Test
  void a_token_signed_with_another_secret_or_tampered_with_is_refused() {
    String token = tokens.issue(UserId.of("alice")).token();
    byte[] other = "another-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);

    assertThat(new JwtAccessTokens(other, Duration.ofHours(1), Clock.systemUTC()).verify(token))
        .isEmpty();
    assertThat(tokens.verify(token.substring(0, token.length() - 2) + "xx")).isEmpty();
    assertThat(tokens.verify("not a token")).isEmpty();
  }
}
