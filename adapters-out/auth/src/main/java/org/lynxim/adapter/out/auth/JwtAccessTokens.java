package org.lynxim.adapter.out.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.RegisteredClaims;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.lynxim.application.account.port.out.AccessTokens;
import org.lynxim.domain.user.Authenticated;
import org.lynxim.domain.user.UserId;

/**
 * HS256 JSON Web Tokens (auth0 java-jwt): subject = user id, with issue and expiry times.
 *
 * <p>Tokens are checked on a few threads of this class's own. java-jwt parses with a Jackson mapper
 * that keeps about 16 KiB of buffers per calling thread for as long as the thread lives; a
 * WebSocket connection is checked on its own virtual thread, which lives as long as the connection,
 * so checking there would cost every open connection those 16 KiB.
 */
public final class JwtAccessTokens implements AccessTokens, AutoCloseable {
  private static final String ISSUER = "lynx-im";
  private static final int CHECKING_THREADS = 2;

  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final Duration lifetime;
  private final Clock clock;
  private final ExecutorService checking =
      Executors.newFixedThreadPool(
          CHECKING_THREADS, Thread.ofPlatform().name("lynx-jwt-", 0).daemon().factory());

  /**
   * @param secret at least 32 bytes, shared by every node that must accept the tokens
   */
  public JwtAccessTokens(byte[] secret, Duration lifetime, Clock clock) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the JWT secret must be at least 32 bytes");
    }
    this.algorithm = Algorithm.HMAC256(secret);
    this.lifetime = lifetime;
    this.clock = clock;
    this.verifier =
        ((JWTVerifier.BaseVerification)
                JWT.require(algorithm)
                    .withIssuer(ISSUER)
                    // A token that never expires would outlive every logout: none is accepted.
                    .withClaimPresence(RegisteredClaims.EXPIRES_AT))
            .build(clock);
  }

  @Override
  public IssuedToken issue(UserId user) {
    var now = clock.instant();
    String token =
        JWT.create()
            .withIssuer(ISSUER)
            .withSubject(user.value())
            .withIssuedAt(now)
            .withExpiresAt(now.plus(lifetime))
            .sign(algorithm);
    return new IssuedToken(token, lifetime);
  }

  @Override
  public Optional<Authenticated> verify(String token) {
    try {
      return CompletableFuture.supplyAsync(() -> check(token), checking).join();
    } catch (CompletionException | RejectedExecutionException closed) {
      return Optional.empty();
    }
  }

  private Optional<Authenticated> check(String token) {
    try {
      DecodedJWT verified = verifier.verify(token);
      return Optional.of(
          new Authenticated(UserId.of(verified.getSubject()), verified.getExpiresAtAsInstant()));
    } catch (JWTVerificationException | IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    checking.shutdown();
  }
}
