package org.lynxim.bootstrap;

import io.helidon.config.Config;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.lynxim.adapter.in.ErrorReply;
import org.lynxim.adapter.in.rest.AuthHttpEndpoint;
import org.lynxim.adapter.in.rest.BlocksHttpEndpoint;
import org.lynxim.adapter.in.rest.CallsHttpEndpoint;
import org.lynxim.adapter.in.rest.ConfigHttpEndpoint;
import org.lynxim.adapter.in.rest.ConversationsHttpEndpoint;
import org.lynxim.adapter.in.rest.DevicesHttpEndpoint;
import org.lynxim.adapter.in.rest.FavoritesHttpEndpoint;
import org.lynxim.adapter.in.rest.FilesHttpEndpoint;
import org.lynxim.adapter.in.rest.FriendsHttpEndpoint;
import org.lynxim.adapter.in.rest.GroupsHttpEndpoint;
import org.lynxim.adapter.in.rest.PresenceHttpEndpoint;
import org.lynxim.adapter.in.rest.RequestDeadlines;
import org.lynxim.adapter.in.rest.RestApi;
import org.lynxim.adapter.in.rest.SyncHttpEndpoint;
import org.lynxim.adapter.in.rest.UnreadHttpEndpoint;
import org.lynxim.adapter.in.rest.UsersHttpEndpoint;
import org.lynxim.adapter.in.web.WebPage;
import org.lynxim.adapter.in.wire.ClientConfig;
import org.lynxim.adapter.in.ws.TcpListener;
import org.lynxim.adapter.in.ws.WebSocketEndpoint;
import org.lynxim.adapter.in.ws.WebSocketSettings;
import org.lynxim.adapter.out.auth.JwtAccessTokens;
import org.lynxim.adapter.out.metrics.HelidonMessagingMetrics;
import org.lynxim.adapter.out.metrics.NodeMeters;
import org.lynxim.adapter.out.sql.SqlDatabase;
import org.lynxim.adapter.out.sql.SqlSettings;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.application.messaging.service.CanReadConversationService;
import org.lynxim.application.messaging.service.ConversationMembership;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.domain.conversation.MessageContent;

/**
 * The composition root: plain constructors, one small factory per feature ({@link AccountFeature},
 * {@link GroupFeature}, {@link MessagingFeature}, {@link DeliveryFeature}), the shape's adapters
 * ({@link Shape}), and the inbound adapters on top.
 */
public final class Lynx {
  private static final Logger LOG = Logger.getLogger(Lynx.class.getName());

  /** Room for the multipart boundaries and part headers around an upload of the largest size. */
  private static final long MULTIPART_FRAMING_BYTES = 64 * 1024;

  private Lynx() {}

  /** Starts a node from configuration ({@code server.*} for Helidon, {@code lynx.*} for ours). */
  public static LynxServer start(Config config) {
    LynxSettings settings = LynxSettings.from(config.get("lynx"));
    if (settings.cluster() && settings.dbUrl().isEmpty()) {
      throw new IllegalArgumentException(
          "the cluster shape needs a shared database: set lynx.db.url (LYNX_DB_URL)");
    }
    Clock clock = Clock.systemUTC();
    SqlDatabase database = SqlDatabase.open(sqlSettings(settings));
    Timeline timeline = null;
    RequestDeadlines deadlines = null;
    try {
      timeline = Timeline.open(settings, database, clock);
      Shape shape =
          settings.cluster()
              ? new ClusterShape(settings, ClusterSettings.from(config.get("lynx.cluster")))
              : new EmbeddedShape(settings);
      MessagingMetrics metrics = new HelidonMessagingMetrics(Metrics.globalRegistry());
      NodeMeters meters = new NodeMeters(Metrics.globalRegistry());
      meters.pipelineQueued(shape.pipeline()::queued);
      shape.whenDeadLettered(meters.deadLettered());
      ErrorReply.countRefusalsWith(meters.refusals());
      WebSocketSettings webSocketSettings =
          new WebSocketSettings(
              settings.heartbeatTimeout(),
              settings.outgoingQueueCapacity(),
              settings.maxMessageBytes(),
              settings.maxDevices(),
              settings.connectionsPerAddress());
      JwtAccessTokens tokens =
          new JwtAccessTokens(
              JwtSecret.resolve(settings.jwtSecret(), settings.dataDir()),
              settings.tokenLifetime(),
              clock);
      Stores stores = Stores.open(database, timeline, shape, clock);
      ConversationMembership membership =
          new ConversationMembership(stores.accounts(), stores.groups());
      DeliveryFeature delivery =
          DeliveryFeature.wire(
              settings, shape, stores, webSocketSettings, metrics, membership, clock);
      meters.connections(delivery.connections()::count);
      FileFeature files =
          FileFeature.wire(settings, database, new CanReadConversationService(membership), clock);
      AccountFeature account =
          AccountFeature.wire(settings, stores, tokens, delivery, files.check());
      SocialFeature social = SocialFeature.wire(stores, delivery, clock);
      PushSettings pushSettings = PushSettings.from(config.get("lynx.push"));
      PushQueue pushes = PushFeature.queue(pushSettings, shape);
      MessagingFeature messaging =
          MessagingFeature.wire(
              settings, shape, stores, delivery, metrics, membership, files.check(), pushes, clock);
      PushFeature.work(
          pushSettings, pushes, stores, delivery, messaging, membership, meters.webhookRetries());
      FavoriteFeature favorites = FavoriteFeature.wire(stores, messaging, delivery, clock);
      GroupFeature groups =
          GroupFeature.wire(settings, stores, messaging.appendSystemMessage(), clock);
      StreamFeature streams =
          StreamFeature.wire(settings, shape, stores, messaging, delivery, membership, clock);
      CallFeature calls =
          CallFeature.wire(
              settings,
              CallSettings.from(config.get("lynx.calls")),
              shape,
              stores,
              messaging,
              delivery,
              membership,
              pushes,
              clock);

      WebSocketEndpoint webSocket =
          new WebSocketEndpoint(
              account.authenticate(),
              messaging.send(),
              messaging.pull(),
              messaging.ack(),
              messaging.sync(),
              messaging.typing(),
              messaging.recall(),
              messaging.edit(),
              streams.frames(),
              calls.signal(),
              delivery.focusConversation(),
              delivery.connections(),
              webSocketSettings);
      // Raw TCP speaks the WebSocket's frames through the same connections (off unless a port).
      Optional<TcpListener> tcp =
          settings
              .tcpPort()
              .map(
                  port ->
                      TcpListener.start(
                          config.get("server.host").asString().orElse("0.0.0.0"), port, webSocket));
      RestApi rest =
          new RestApi(
              account.authenticate(),
              new AuthHttpEndpoint(account.register(), account.login()),
              new ConversationsHttpEndpoint(
                  messaging.list(),
                  messaging.send(),
                  messaging.pull(),
                  messaging.ack(),
                  messaging.groupReads(),
                  messaging.changeSettings(),
                  messaging.clear(),
                  messaging.readAll(),
                  messaging.recall(),
                  messaging.edit()),
              new GroupsHttpEndpoint(
                  groups.create(),
                  groups.get(),
                  groups.list(),
                  groups.members(),
                  groups.addMembers(),
                  groups.removeMember(),
                  groups.changeMember(),
                  groups.update(),
                  groups.transfer(),
                  groups.join(),
                  groups.dissolve(),
                  clock),
              new SyncHttpEndpoint(messaging.sync()),
              new UsersHttpEndpoint(
                  account.profile(),
                  account.updateProfile(),
                  account.settings(),
                  account.updateSettings()),
              new DevicesHttpEndpoint(
                  delivery.listDevices(), delivery.setPushToken(), delivery.removePushToken()),
              new FriendsHttpEndpoint(
                  social.requestFriendship(),
                  social.friendRequests(),
                  social.answerFriendRequest(),
                  social.friends(),
                  social.remarkFriend(),
                  social.removeFriend()),
              new BlocksHttpEndpoint(social.block(), social.unblock(), social.blocks()),
              new PresenceHttpEndpoint(delivery.queryPresence()),
              new UnreadHttpEndpoint(messaging.unread()),
              new ConfigHttpEndpoint(clientConfig(settings, tcp.map(TcpListener::port))),
              new FavoritesHttpEndpoint(
                  favorites.save(), favorites.list(), favorites.tags(), favorites.change()),
              new FilesHttpEndpoint(files.upload(), files.read(), files.list(), files.delete()),
              new CallsHttpEndpoint(calls.iceServers()));
      deadlines =
          new RequestDeadlines(
              settings.requestHeadersTimeout(), settings.requestBodyStall(), Duration.ofSeconds(1));
      RequestDeadlines watchingRequests = deadlines;
      WebServer server =
          WebServer.builder()
              .config(config.get("server"))
              .addProtocol(
                  Http1Config.builder().addReceiveListener(watchingRequests.receiving()).build())
              .maxPayloadSize(settings.filesMaxUploadBytes() + MULTIPART_FRAMING_BYTES)
              .idleConnectionTimeout(idleTimeout(settings))
              .idleConnectionPeriod(idleCheckPeriod(settings))
              .shutdownHook(false)
              .directHandlers(RestApi::refuseWithProblems)
              .addFeature(observe(database, shape))
              .routing(
                  routing -> {
                    watchingRequests.register(routing);
                    routing.register(webSocket);
                    rest.register(routing);
                    WebPage.register(routing);
                  })
              .addRouting(webSocket.wsRouting())
              .build()
              .start();
      LOG.info(
          () -> "Lynx IM serving on port " + server.port() + ", database " + settings.jdbcUrl());
      List<AutoCloseable> resources = new ArrayList<>();
      tcp.ifPresent(resources::add);
      resources.add(streams.sweep());
      resources.add(calls.sweep());
      resources.add(messaging.upkeep());
      resources.add(files.sweeping());
      resources.add(delivery.timers());
      resources.addAll(shape.resources());
      resources.add(timeline.resource());
      resources.add(tokens);
      resources.add(deadlines);
      resources.add(account.hashing());
      resources.add(database);
      return new LynxServer(
          server,
          rest.operations(),
          delivery.connections(),
          resources.toArray(AutoCloseable[]::new));
    } catch (RuntimeException e) {
      if (deadlines != null) {
        deadlines.close();
      }
      if (timeline != null) {
        LynxServer.closeQuietly(timeline.resource());
      }
      database.close();
      throw e;
    }
  }

  /**
   * An HTTP connection that starts no request for this long is closed: a keep-alive connection
   * between requests, a request line that never ends (Helidon's default is 5 minutes, checked every
   * 2). A WebSocket is never idle to this check ({@code StrictWsConnection}): its heartbeat timeout
   * (4002) is the protocol's.
   */
  static Duration idleTimeout(LynxSettings settings) {
    return settings.httpIdleTimeout();
  }

  static Duration idleCheckPeriod(LynxSettings settings) {
    Duration quarter = idleTimeout(settings).dividedBy(4);
    return quarter.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : quarter;
  }

  private static SqlSettings sqlSettings(LynxSettings settings) {
    return new SqlSettings(
        settings.jdbcUrl(),
        settings.dbUser(),
        settings.dbPassword(),
        settings.dbPoolSize(),
        settings.dbConnectionTimeout());
  }

  /** {@code /observe/health} (200 with details, 503 when the database is down) and metrics. */
  private static ObserveFeature observe(SqlDatabase database, Shape shape) {
    var health =
        HealthObserver.builder()
            .details(true)
            .addCheck(ClusterShape.check("database", database::isReachable));
    shape.healthChecks().forEach(health::addCheck);
    return ObserveFeature.builder()
        .addObserver(health.build())
        .addObserver(MetricsObserver.create())
        .build();
  }

  /** What {@code GET /api/v1/config} tells clients: the configured limits. */
  private static ClientConfig clientConfig(LynxSettings settings, Optional<Integer> tcpPort) {
    return new ClientConfig(
        ClientConfig.PROTOCOL,
        MessageContent.MAX_BYTES,
        settings.streamMaxBytes(),
        settings.filesMaxUploadBytes(),
        settings.recallWindow().toSeconds(),
        settings.editWindow().toSeconds(),
        settings.inboxMaxMembers(),
        settings.stormMembers(),
        settings.groupsMaxMembers(),
        settings.callsRingTimeout().toSeconds(),
        settings.streamIdleTimeout().toSeconds(),
        settings.filesUnreferencedTtl().toSeconds(),
        tcpPort.orElse(null),
        settings.maxDevices());
  }
}
