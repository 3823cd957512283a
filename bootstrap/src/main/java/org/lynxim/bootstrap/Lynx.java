package org.lynxim.bootstrap;

import io.helidon.config.Config;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.lynxim.adapter.in.UseCases;
import org.lynxim.adapter.in.rest.RestApi;
import org.lynxim.adapter.in.web.WebPage;
import org.lynxim.adapter.in.ws.ConnectionRegistry;
import org.lynxim.adapter.in.ws.WebSocketEndpoint;
import org.lynxim.adapter.in.ws.WebSocketSettings;
import org.lynxim.adapter.out.auth.BcryptPasswordHasher;
import org.lynxim.adapter.out.auth.JwtAccessTokens;
import org.lynxim.adapter.out.memory.RememberedGroups;
import org.lynxim.adapter.out.memory.RememberedUsers;
import org.lynxim.adapter.out.metrics.HelidonMessagingMetrics;
import org.lynxim.adapter.out.sql.SqlDatabase;
import org.lynxim.adapter.out.sql.SqlMessageStore;
import org.lynxim.adapter.out.sql.SqlReadPositions;
import org.lynxim.adapter.out.sql.SqlSettings;
import org.lynxim.application.account.port.out.AccessTokens;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.account.service.AuthenticateService;
import org.lynxim.application.account.service.LoginService;
import org.lynxim.application.account.service.RegisterUserService;
import org.lynxim.application.delivery.port.out.DeviceDelivery;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.group.service.AddGroupMembersService;
import org.lynxim.application.group.service.CreateGroupService;
import org.lynxim.application.group.service.GetGroupService;
import org.lynxim.application.group.service.RemoveGroupMemberService;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.application.messaging.service.AckMessagesService;
import org.lynxim.application.messaging.service.ConversationMembership;
import org.lynxim.application.messaging.service.ConversationWriter;
import org.lynxim.application.messaging.service.InboxFanOut;
import org.lynxim.application.messaging.service.ListConversationsService;
import org.lynxim.application.messaging.service.PullMessagesService;
import org.lynxim.application.messaging.service.RecoverInboxFillsService;
import org.lynxim.application.messaging.service.SendMessageService;
import org.lynxim.application.messaging.service.SyncInboxService;
import org.lynxim.application.messaging.service.TrimInboxesService;

/** The composition root: plain constructors, one small factory per part. */
public final class Lynx {
  private static final Logger LOG = Logger.getLogger(Lynx.class.getName());

  /** Users known to exist, remembered (accounts are never deleted). */
  private static final int KNOWN_USERS = 100_000;

  /** Groups remembered between sends in the embedded shape. */
  private static final int REMEMBERED_GROUPS = 10_000;

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
    try {
      Shape shape =
          settings.cluster()
              ? new ClusterShape(settings, ClusterSettings.from(config.get("lynx.cluster")))
              : new EmbeddedShape(settings);
      MessagingMetrics metrics = new HelidonMessagingMetrics(Metrics.globalRegistry());
      WebSocketSettings wsSettings =
          new WebSocketSettings(
              settings.heartbeatTimeout(),
              settings.outgoingQueueCapacity(),
              settings.maxMessageBytes());
      ConnectionRegistry registry = new ConnectionRegistry(wsSettings, metrics, shape.presence());
      JwtAccessTokens tokens =
          new JwtAccessTokens(
              JwtSecret.resolve(settings.jwtSecret(), settings.dataDir()),
              settings.tokenLifetime(),
              clock);
      InboxStore inboxes = shape.inboxes(database.inboxStore(clock), database.messageStore());
      UserAccounts accounts = new RememberedUsers(database.userAccounts(clock), KNOWN_USERS);
      // Only one process changes groups in the embedded shape, so only there may they be kept.
      GroupStore groups =
          shape.onlyNode()
              ? new RememberedGroups(database.groupStore(clock), REMEMBERED_GROUPS)
              : database.groupStore(clock);
      InboxFanOut inboxFiller = new InboxFanOut(inboxes, groups, settings.inboxMaxMembers());
      InboxUpkeep inboxUpkeep =
          new InboxUpkeep(
              new RecoverInboxFillsService(inboxes, database.messageStore(), inboxFiller),
              new TrimInboxesService(
                  inboxes, settings.inboxKeepTime(), settings.inboxKeepEntries(), clock),
              settings.inboxTrimEvery());
      UseCases useCases =
          useCases(
              settings,
              database,
              shape,
              tokens,
              registry,
              metrics,
              new Inboxes(inboxes, inboxFiller, accounts, groups),
              clock);
      WebSocketEndpoint webSocket = new WebSocketEndpoint(useCases, registry, wsSettings);

      WebServer server =
          WebServer.builder()
              .config(config.get("server"))
              .shutdownHook(false)
              .addFeature(observe(database, shape))
              .routing(
                  routing -> {
                    routing.register(webSocket);
                    RestApi.register(routing, useCases);
                    WebPage.register(routing);
                  })
              .addRouting(webSocket.wsRouting())
              .build()
              .start();
      LOG.info(
          () -> "Lynx IM serving on port " + server.port() + ", database " + settings.jdbcUrl());
      List<AutoCloseable> resources = new ArrayList<>();
      resources.add(inboxUpkeep);
      resources.addAll(shape.resources());
      resources.add(tokens);
      resources.add(database);
      return new LynxServer(server, registry, resources.toArray(AutoCloseable[]::new));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static SqlSettings sqlSettings(LynxSettings settings) {
    return new SqlSettings(
        settings.jdbcUrl(),
        settings.dbUser(),
        settings.dbPassword(),
        settings.dbPoolSize(),
        settings.dbConnectionTimeout());
  }

  private static UseCases useCases(
      LynxSettings settings,
      SqlDatabase database,
      Shape shape,
      AccessTokens tokens,
      ConnectionRegistry localDevices,
      MessagingMetrics metrics,
      Inboxes inboxes,
      Clock clock) {
    SqlMessageStore messages = database.messageStore();
    SqlReadPositions positions = database.readPositions();
    UserAccounts accounts = inboxes.accounts();
    GroupStore groups = inboxes.groups();
    PasswordHasher hasher = new BcryptPasswordHasher(settings.passwordCost());
    ConversationMembership access = new ConversationMembership(accounts, groups);
    DeviceDelivery delivery = shape.delivery(localDevices);
    shape
        .pipeline()
        .subscribe(
            new ConversationWriter(
                messages, shape.seqs(messages::lastSeq), positions, inboxes.filler(), clock));
    return new UseCases(
        new RegisterUserService(accounts, hasher),
        new LoginService(accounts, hasher, tokens),
        new AuthenticateService(tokens),
        new SendMessageService(
            access, shape.rateLimiter(), shape.pipeline(), delivery, metrics, clock),
        new PullMessagesService(access, messages),
        new AckMessagesService(access, messages, positions, delivery),
        new ListConversationsService(messages, groups, positions, settings.inboxMaxMembers()),
        new CreateGroupService(accounts, groups, new SecureRandom(), clock),
        new GetGroupService(groups),
        new AddGroupMembersService(accounts, groups, messages, clock),
        new RemoveGroupMemberService(groups),
        new SyncInboxService(inboxes.store()));
  }

  /** The inbox parts the use cases share with the upkeep. */
  private record Inboxes(
      InboxStore store, InboxFanOut filler, UserAccounts accounts, GroupStore groups) {}

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
}
