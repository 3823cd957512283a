package org.lynxim.benchmarks;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The generator's WebSocket client: every connection of the process on a few Netty event loops (one
 * by default). Frames are read, handled and written on the loop that owns their connection, so a
 * send, its answer and the next send cost no thread switch; the JDK's client, used before, handed
 * each frame between its selector and the sending threads and took 0.6-0.9 of this machine's 2
 * cores at 10,000 msg/s, CPU the server under test then lacked.
 */
final class WebSockets {
  /** Big enough for a page of a catch-up sync, which the catch-up scenario asks for. */
  private static final int MAX_FRAME_BYTES = 16 << 20;

  private static WebSockets shared;

  private final boolean epoll;
  private final EventLoopGroup loops;

  private WebSockets(int threads) {
    // The sampled leak tracing records a stack trace per 128 buffers: 1 % of the generator's CPU.
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    // Daemon threads: a run that fails half-way must still let the process end.
    this.epoll = Epoll.isAvailable();
    this.loops =
        new MultiThreadIoEventLoopGroup(
            threads,
            new DefaultThreadFactory("lynx-ws", true),
            epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
  }

  /** The process's client, made on first use with the given number of event-loop threads. */
  static synchronized WebSockets shared(int threads) {
    if (shared == null) {
      shared = new WebSockets(Math.max(1, threads));
    }
    return shared;
  }

  /** Connects and completes the upgrade; frames the server sends go to the handler. */
  Conn open(URI uri, Conn.Handler handler) {
    WebSocketClientProtocolConfig config =
        WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(uri)
            .maxFramePayloadLength(MAX_FRAME_BYTES)
            .handshakeTimeoutMillis(60_000)
            .build();
    CompletableFuture<Void> upgraded = new CompletableFuture<>();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    Channel channel =
        new Bootstrap()
            .group(loops)
            .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    channel
                        .pipeline()
                        .addLast(
                            new HttpClientCodec(),
                            new HttpObjectAggregator(1 << 16),
                            new WebSocketClientProtocolHandler(config),
                            new WebSocketFrameAggregator(MAX_FRAME_BYTES),
                            new FrameReader(handler, upgraded, closed));
                  }
                })
            .connect(uri.getHost(), uri.getPort())
            .syncUninterruptibly()
            .channel();
    upgraded.orTimeout(60, TimeUnit.SECONDS).join();
    return new Conn(channel, closed);
  }

  /** Hands each text frame to the connection's handler, and reports the upgrade and the close. */
  private static final class FrameReader extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    private final Conn.Handler handler;
    private final CompletableFuture<Void> upgraded;
    private final CompletableFuture<Void> closed;

    FrameReader(
        Conn.Handler handler, CompletableFuture<Void> upgraded, CompletableFuture<Void> closed) {
      this.handler = handler;
      this.upgraded = upgraded;
      this.closed = closed;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, TextWebSocketFrame frame) {
      handler.onFrame(frame.text());
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
      if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
        upgraded.complete(null);
      } else if (event
          == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
        upgraded.completeExceptionally(new IllegalStateException("the upgrade timed out"));
      }
      context.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable error) {
      upgraded.completeExceptionally(error);
      context.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
      upgraded.completeExceptionally(new IllegalStateException("closed before the upgrade"));
      closed.complete(null);
      context.fireChannelInactive();
    }
  }
}
