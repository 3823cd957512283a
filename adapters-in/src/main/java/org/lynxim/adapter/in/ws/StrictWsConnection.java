package org.lynxim.adapter.in.ws;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataReader;
import io.helidon.common.socket.SocketContext;
import io.helidon.http.Headers;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.websocket.WsUpgrader;
import io.helidon.websocket.ClientWsFrame;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsCloseException;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsOpCode;
import io.helidon.websocket.WsSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.lynxim.adapter.in.json.Json;

/**
 * A WebSocket connection that keeps RFC 6455 where Helidon 4.1.2's own connection does not: text is
 * decoded strictly as UTF-8 across a message's fragments ({@link StrictText}; not UTF-8 closes
 * 1007), a new message inside a fragmented one, a continuation of no message, a fragmented or
 * over-long control frame, a reserved opcode and a close code no client may send close 1002. Frames
 * are read with Helidon's frame reader and the listener is called as Helidon calls it; it is also
 * told when the connection ends over a broken frame.
 */
final class StrictWsConnection implements ServerConnection, WsSession {
  private enum Message {
    NONE,
    TEXT,
    BINARY
  }

  private final ConnectionContext connection;
  private final DataReader reader;
  private final WsListener listener;
  private final Headers upgradeHeaders;
  private final int maxFrameLength;
  private final StrictText text = new StrictText();
  private final ReentrantLock writing = new ReentrantLock();

  /** The fragmented message being received, if any. */
  private Message receiving = Message.NONE;

  /** Whether the last data frame sent did not end its message (the next is a continuation). */
  private boolean sendingFragments;

  private volatile boolean closeSent;
  private volatile boolean running = true;
  private volatile boolean readingNetwork;
  private volatile Thread thread;

  StrictWsConnection(
      ConnectionContext connection, WsListener listener, Headers upgradeHeaders, int maxFrame) {
    this.connection = connection;
    this.reader = connection.dataReader();
    this.listener = listener;
    this.upgradeHeaders = upgradeHeaders;
    this.maxFrameLength = maxFrame;
  }

  @Override
  public void handle(Semaphore requests) {
    thread = Thread.currentThread();
    listener.onOpen(this);
    if (!requests.tryAcquire()) {
      listener.onClose(this, WsCloseCodes.TRY_AGAIN_LATER, "Too Many Concurrent Requests");
      return;
    }
    try {
      while (running) {
        ClientWsFrame frame = readFrame();
        try {
          if (!receive(frame)) {
            return;
          }
        } catch (CloseConnectionException closing) {
          throw closing;
        } catch (RuntimeException failed) {
          listener.onError(this, failed);
          close(WsCloseCodes.UNEXPECTED_CONDITION, "internal error");
          return;
        }
      }
      close(WsCloseCodes.NORMAL_CLOSE, "Idle timeout");
    } finally {
      requests.release();
    }
  }

  private ClientWsFrame readFrame() {
    readingNetwork = true;
    try {
      return ClientWsFrame.read(connection, reader, maxFrameLength);
    } catch (DataReader.InsufficientDataAvailableException gone) {
      throw new CloseConnectionException("the client closed the connection", gone);
    } catch (WsCloseException broken) {
      throw failed(broken.closeCode(), broken.getMessage());
    } catch (IllegalArgumentException reservedOpcode) {
      throw failed(WsCloseCodes.PROTOCOL_ERROR, "a reserved opcode");
    } finally {
      readingNetwork = false;
    }
  }

  /** One frame; false when the connection ends with it. */
  private boolean receive(ClientWsFrame frame) {
    WsOpCode opcode = frame.opCode();
    boolean control =
        opcode == WsOpCode.CLOSE || opcode == WsOpCode.PING || opcode == WsOpCode.PONG;
    if (control && (!frame.fin() || frame.payloadLength() > CloseCodes.MAX_CONTROL_PAYLOAD)) {
      throw failed(WsCloseCodes.PROTOCOL_ERROR, "a control frame fragmented or over 125 bytes");
    }
    BufferData payload = frame.payloadData();
    switch (opcode) {
      case TEXT, BINARY -> {
        if (receiving != Message.NONE) {
          throw failed(WsCloseCodes.PROTOCOL_ERROR, "a new message inside a fragmented one");
        }
        receiving = opcode == WsOpCode.TEXT ? Message.TEXT : Message.BINARY;
        deliver(payload, frame.fin());
      }
      case CONTINUATION -> {
        if (receiving == Message.NONE) {
          throw failed(WsCloseCodes.PROTOCOL_ERROR, "a continuation of no message");
        }
        deliver(payload, frame.fin());
      }
      case PING -> listener.onPing(this, payload);
      case PONG -> listener.onPong(this, payload);
      case CLOSE -> {
        closeReceived(payload);
        return false;
      }
    }
    return true;
  }

  private void deliver(BufferData payload, boolean last) {
    Message message = receiving;
    if (last) {
      receiving = Message.NONE;
    }
    if (message == Message.BINARY) {
      listener.onMessage(this, payload, last);
      return;
    }
    String decoded =
        text.next(payload.readBytes(), last)
            .orElseThrow(() -> failed(WsCloseCodes.NOT_CONSISTENT, "text that is not UTF-8"));
    listener.onMessage(this, decoded, last);
  }

  private void closeReceived(BufferData payload) {
    int status = WsCloseCodes.NORMAL_CLOSE;
    String reason = "normal";
    if (payload.available() == 1) {
      throw failed(WsCloseCodes.PROTOCOL_ERROR, "a close frame of one byte");
    }
    if (payload.available() >= 2) {
      status = payload.readInt16();
      if (!CloseCodes.isValidFromClient(status)) {
        throw failed(WsCloseCodes.PROTOCOL_ERROR, "invalid close code " + status);
      }
      reason =
          Json.strictUtf8(payload.readBytes())
              .orElseThrow(
                  () -> failed(WsCloseCodes.NOT_CONSISTENT, "a close reason that is not UTF-8"));
    }
    listener.onClose(this, status, reason);
    if (!closeSent) {
      close(WsCloseCodes.NORMAL_CLOSE, "normal");
    }
  }

  /**
   * The client broke the protocol: the close frame with the code goes out, the listener is told,
   * and the exception that ends the connection is returned to be thrown.
   */
  private CloseConnectionException failed(int code, String reason) {
    text.reset();
    try {
      close(code, reason);
    } catch (RuntimeException gone) {
      // the client is gone already; the connection ends all the same
    }
    listener.onClose(this, code, reason);
    return new CloseConnectionException("WebSocket closed " + code + ": " + reason);
  }

  @Override
  public WsSession send(String text, boolean last) {
    return sendData(WsOpCode.TEXT, text.getBytes(StandardCharsets.UTF_8), last);
  }

  @Override
  public WsSession send(BufferData data, boolean last) {
    return sendData(WsOpCode.BINARY, data.readBytes(), last);
  }

  private WsSession sendData(WsOpCode opcode, byte[] payload, boolean last) {
    writing.lock();
    try {
      write(sendingFragments ? WsOpCode.CONTINUATION : opcode, last, payload);
      sendingFragments = !last;
    } finally {
      writing.unlock();
    }
    return this;
  }

  @Override
  public WsSession ping(BufferData data) {
    return sendControl(WsOpCode.PING, data.readBytes());
  }

  @Override
  public WsSession pong(BufferData data) {
    return sendControl(WsOpCode.PONG, data.readBytes());
  }

  @Override
  public WsSession close(int code, String reason) {
    closeSent = true;
    byte[] why = reason.getBytes(StandardCharsets.UTF_8);
    int length = Math.min(why.length, CloseCodes.MAX_CONTROL_PAYLOAD - 2);
    while (length > 0 && length < why.length && (why[length] & 0xC0) == 0x80) {
      length--; // not in the middle of a character
    }
    byte[] payload = new byte[2 + length];
    payload[0] = (byte) (code >>> 8);
    payload[1] = (byte) code;
    System.arraycopy(why, 0, payload, 2, length);
    return sendControl(WsOpCode.CLOSE, payload);
  }

  private WsSession sendControl(WsOpCode opcode, byte[] payload) {
    writing.lock();
    try {
      write(opcode, true, payload);
    } finally {
      writing.unlock();
    }
    return this;
  }

  /** One unmasked server frame, header and payload in one write. */
  private void write(WsOpCode opcode, boolean fin, byte[] payload) {
    int length = payload.length;
    int header = length < 126 ? 2 : length < 1 << 16 ? 4 : 10;
    byte[] frame = new byte[header + length];
    frame[0] = (byte) ((fin ? 0x80 : 0) | opcode.code());
    if (length < 126) {
      frame[1] = (byte) length;
    } else if (length < 1 << 16) {
      frame[1] = 126;
      frame[2] = (byte) (length >>> 8);
      frame[3] = (byte) length;
    } else {
      frame[1] = 127;
      for (int i = 0; i < 8; i++) {
        frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
      }
    }
    System.arraycopy(payload, 0, frame, header, length);
    connection.dataWriter().writeNow(BufferData.create(frame));
  }

  @Override
  public WsSession terminate() {
    close(WsCloseCodes.NORMAL_CLOSE, "Terminate");
    throw new CloseConnectionException("Terminate from WebSocket");
  }

  @Override
  public Optional<String> subProtocol() {
    return upgradeHeaders.first(WsUpgrader.PROTOCOL);
  }

  @Override
  public SocketContext socketContext() {
    return connection;
  }

  /**
   * Never idle to Helidon's idle check, which is for HTTP connections between requests (a few
   * seconds): a WebSocket's silence is for its heartbeat timeout to judge (4002).
   */
  @Override
  public Duration idleTime() {
    return Duration.ZERO;
  }

  @Override
  public void close(boolean interrupt) {
    running = false;
    Thread reading = thread;
    if (reading != null && (interrupt || readingNetwork)) {
      reading.interrupt();
    }
  }
}
