package org.lynxim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push gateway for the tests: a real HTTP server on loopback that checks each request's
 * signature, answers with the statuses it is told (the last one repeated), and keeps what came.
 */
final class WebhookReceiver implements AutoCloseable {
  /** One request: its notifications, and whether its signature was right. */
  record Received(JsonNode notifications, boolean signed, int answered) {}

  private final HttpServer server;
  private final String secret;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final List<Integer> statuses = new ArrayList<>();
  private volatile String answer = "{}";
  private int calls;

  private WebhookReceiver(String secret) throws IOException {
    this.secret = secret;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/push",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          boolean signed =
              ("sha256=" + hmac(body))
                  .equals(exchange.getRequestHeaders().getFirst("X-Lynx-Signature"));
          int status = nextStatus();
          received.add(
              new Received(ChatClient.JSON.readTree(body).get("notifications"), signed, status));
          byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
  }

  static WebhookReceiver start(String secret) throws IOException {
    return new WebhookReceiver(secret);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/push";
  }

  /** The statuses of the next answers, in order; the last one stays. */
  synchronized WebhookReceiver answering(Integer... next) {
    statuses.clear();
    statuses.addAll(List.of(next));
    calls = 0;
    return this;
  }

  WebhookReceiver withBody(String body) {
    this.answer = body;
    return this;
  }

  private synchronized int nextStatus() {
    if (statuses.isEmpty()) {
      return 200;
    }
    return statuses.get(Math.min(calls++, statuses.size() - 1));
  }

  Received next(long seconds) throws InterruptedException {
    Received one = received.poll(seconds, TimeUnit.SECONDS);
    if (one == null) {
      throw new AssertionError("no push request within " + seconds + " s");
    }
    return one;
  }

  boolean quietFor(long millis) throws InterruptedException {
    return received.poll(millis, TimeUnit.MILLISECONDS) == null;
  }

  private String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
