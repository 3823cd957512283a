package org.lynxim.adapter.out.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lynxim.application.push.port.out.PushNotifier;
import org.lynxim.domain.push.Notification;

/**
 * Notifications as one signed POST to the operator's push gateway: {@code {"notifications":[...]}}
 * with {@code X-Lynx-Signature: sha256=<hex HMAC-SHA256 of the body>}. A 2xx is done, a 4xx is
 * refused and not tried again; a 5xx or no answer is tried again with exponential backoff (1 s up
 * to 1 min) for {@code retryFor} (at least ten minutes), the same body, the same push ids. Either
 * answer may carry {@code {"rejected_tokens":[...]}}.
 */
public final class WebhookPushNotifier implements PushNotifier {
  private static final Logger LOG = Logger.getLogger(WebhookPushNotifier.class.getName());
  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final URI url;
  private final byte[] secret;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final RetryPolicy<HttpResponse<String>> retry;

  /**
   * @param retryFor how long a batch the gateway cannot take is tried again
   * @param firstDelay the wait before the first retry, doubled each time up to a minute
   * @param onRetry told of each retry (a metric)
   */
  public WebhookPushNotifier(
      URI url,
      String secret,
      Duration requestTimeout,
      Duration retryFor,
      Duration firstDelay,
      Runnable onRetry) {
    this.url = url;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.requestTimeout = requestTimeout;
    this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    // Failsafe wants the longest wait above the first one.
    Duration maxDelay =
        firstDelay.compareTo(Duration.ofMinutes(1)) < 0
            ? Duration.ofMinutes(1)
            : firstDelay.multipliedBy(2);
    this.retry =
        RetryPolicy.<HttpResponse<String>>builder()
            .handle(IOException.class)
            .handleResultIf(response -> response.statusCode() >= 500)
            .withBackoff(firstDelay, maxDelay)
            .withMaxDuration(retryFor)
            .withMaxRetries(-1)
            .onRetry(
                attempt -> {
                  onRetry.run();
                  LOG.fine(
                      () ->
                          "push gateway attempt "
                              + attempt.getAttemptCount()
                              + " failed, trying again");
                })
            .build();
  }

  @Override
  public Outcome notify(List<Notification> notifications) {
    byte[] body = body(notifications);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .header("X-Lynx-Signature", "sha256=" + sign(body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> response;
    try {
      response =
          Failsafe.with(retry).get(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (FailsafeException e) {
      LOG.warning("push gateway unreachable; " + notifications.size() + " pushes given up");
      return new Outcome(false, Set.of());
    }
    int status = response.statusCode();
    if (status >= 500) {
      LOG.warning("push gateway answered " + status + " until the end of the retries; given up");
      return new Outcome(false, Set.of());
    }
    if (status >= 300) {
      LOG.warning("push gateway refused " + notifications.size() + " pushes: " + status);
    }
    return new Outcome(status < 300, rejectedTokens(response.body()));
  }

  /** The hex HMAC-SHA256 of the body with the shared secret. */
  String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static Set<String> rejectedTokens(String answer) {
    Set<String> rejected = new HashSet<>();
    try {
      JsonNode tokens =
          JSON.readTree(answer == null || answer.isBlank() ? "{}" : answer).path("rejected_tokens");
      tokens.forEach(token -> rejected.add(token.asText()));
    } catch (IOException notJson) {
      // An answer without JSON rejects nothing.
    }
    return rejected;
  }

  private static byte[] body(List<Notification> notifications) {
    try {
      return JSON.writeValueAsBytes(
          new Body(notifications.stream().map(NotificationBody::of).toList()));
    } catch (IOException e) {
      throw new IllegalStateException("notifications are always JSON", e);
    }
  }

  private record Body(List<NotificationBody> notifications) {}

  private record DeviceBody(String deviceId, String platform, String token) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  private record NotificationBody(
      String pushId,
      String userId,
      List<DeviceBody> devices,
      String conversationId,
      Long seq,
      String senderId,
      int msgType,
      String preview,
      long unreadTotal,
      long sendTime) {
    static NotificationBody of(Notification notification) {
      return new NotificationBody(
          notification.pushId(),
          notification.user().value(),
          notification.devices().entrySet().stream()
              .map(
                  device ->
                      new DeviceBody(
                          device.getKey().value(),
                          device.getValue().platform().wireName(),
                          device.getValue().token()))
              .sorted(java.util.Comparator.comparing(DeviceBody::deviceId))
              .toList(),
          notification.conversation().value(),
          notification.seq().orElse(null),
          notification.sender().value(),
          notification.type().code(),
          notification.preview(),
          notification.unreadTotal(),
          notification.sendTime());
    }
  }
}
