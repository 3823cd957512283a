package org.lynxim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test's WebSocket client (the JDK's): answers and server pushes (cmd 5, 6) are kept apart, so a
 * test can wait for either.
 */
final class ChatClient implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final BlockingQueue<ObjectNode> answers = new LinkedBlockingQueue<>();
  private final BlockingQueue<ObjectNode> pushes = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
  private final AtomicInteger reqIds = new AtomicInteger();
  private final WebSocket socket;

  private ChatClient(WebSocket socket) {
    this.socket = socket;
  }

  static ChatClient connect(int port, String token, String device) {
    ChatClient client = open(port, token, device);
    // The server lists a connection just after the handshake: once a frame is answered, pushes,
    // notices and signals sent to this device reach it.
    client.heartbeat();
    return client;
  }

  /** A connection as the handshake left it, for tests of what the server does right after. */
  static ChatClient open(int port, String token, String device) {
    ChatClient[] holder = new ChatClient[1];
    Listener listener = new Listener(holder);
    String uri = "ws://127.0.0.1:" + port + "/ws?token=" + token + "&device_id=" + device;
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(WAIT)
            .buildAsync(URI.create(uri), listener)
            .orTimeout(10, TimeUnit.SECONDS)
            .join();
    holder[0] = new ChatClient(socket);
    listener.ready.complete(holder[0]);
    return holder[0];
  }

  void sendRaw(String text) {
    socket.sendText(text, true).join();
  }

  void sendBinary(byte[] bytes) {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
  }

  /** Sends a frame with a fresh req_id and waits for its answer. */
  ObjectNode request(ObjectNode frame) {
    String reqId = "r" + reqIds.incrementAndGet();
    frame.put("req_id", reqId);
    sendRaw(frame.toString());
    return answerTo(reqId);
  }

  ObjectNode answerTo(String reqId) {
    List<ObjectNode> others = new ArrayList<>();
    try {
      while (true) {
        ObjectNode answer = nextAnswer();
        if (reqId.equals(answer.path("req_id").asText(null))) {
          answers.addAll(others);
          return answer;
        }
        others.add(answer);
      }
    } finally {
      answers.addAll(others);
    }
  }

  ObjectNode nextAnswer() {
    return take(answers, "an answer");
  }

  ObjectNode nextPush() {
    return take(pushes, "a push");
  }

  /**
   * The next server-initiated frame with this cmd, waiting up to {@code wait}; server frames of
   * other cmds that come first are put back behind.
   */
  ObjectNode nextFrame(int cmd, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    List<ObjectNode> others = new ArrayList<>();
    try {
      while (System.nanoTime() < deadline) {
        ObjectNode frame = pushes.poll(10, TimeUnit.MILLISECONDS);
        if (frame != null && frame.path("cmd").asInt() == cmd) {
          return frame;
        }
        if (frame != null) {
          others.add(frame);
        }
      }
      throw new AssertionError("no frame with cmd " + cmd + " within " + wait);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    } finally {
      pushes.addAll(others);
    }
  }

  /** Waits a little and tells whether a push came. */
  boolean hasPushWithin(Duration wait) {
    try {
      ObjectNode push = pushes.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
      if (push != null) {
        pushes.add(push);
      }
      return push != null;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  ObjectNode send(String conversation, String msgId, String content) {
    ObjectNode frame = JSON.createObjectNode();
    frame.put("cmd", 2).put("msg_id", msgId).put("conversation_id", conversation);
    frame.putObject("payload").put("content", content).put("msg_type", 1);
    return request(frame);
  }

  ObjectNode pull(String conversation, long cursorSeq, int limit) {
    ObjectNode frame = JSON.createObjectNode();
    frame.put("cmd", 3).put("conversation_id", conversation);
    frame.put("cursor_seq", cursorSeq).put("limit", limit);
    return request(frame);
  }

  ObjectNode ack(String conversation, long seq) {
    ObjectNode frame = JSON.createObjectNode();
    frame.put("cmd", 4).put("conversation_id", conversation).put("seq", seq);
    return request(frame);
  }

  ObjectNode typing(String conversation, boolean typing) {
    ObjectNode frame = JSON.createObjectNode();
    frame.put("cmd", 11).put("conversation_id", conversation).put("typing", typing);
    return request(frame);
  }

  ObjectNode heartbeat() {
    return request(JSON.createObjectNode().put("cmd", 0));
  }

  private static ObjectNode take(BlockingQueue<ObjectNode> queue, String what) {
    try {
      ObjectNode next = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (next == null) {
        throw new AssertionError("no " + what + " within " + WAIT);
      }
      return next;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS);
    }
    socket.abort();
  }

  private static final class Listener implements WebSocket.Listener {
    final CompletableFuture<ChatClient> ready = new CompletableFuture<>();
    private final ChatClient[] holder;
    private final StringBuilder partial = new StringBuilder();

    Listener(ChatClient[] holder) {
      this.holder = holder;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        ChatClient client = ready.join();
        try {
          JsonNode node = JSON.readTree(text);
          // Answers carry a code; frames the server starts (push, notice, signals) do not.
          boolean push = !node.has("code");
          (push ? client.pushes : client.answers).add((ObjectNode) node);
        } catch (Exception e) {
          throw new AssertionError("server sent invalid JSON: " + text, e);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      ready.join().closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      ready.thenAccept(client -> client.closeCode.complete(-1));
    }
  }
}
