package org.lynxim.adapter.in.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.common.buffers.BufferData;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.websocket.WsClient;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
import org.lynxim.adapter.in.rest.RestApi;
import org.lynxim.adapter.in.rest.SyncHttpEndpoint;
import org.lynxim.adapter.in.rest.UnreadHttpEndpoint;
import org.lynxim.adapter.in.rest.UsersHttpEndpoint;
import org.lynxim.adapter.in.wire.ClientConfig;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.TestSupport;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** The WebSocket adapter on a real Helidon server, over the application with in-memory stores. */
@ServerTest
class ChatWebSocketTest {
  private static final WebSocketSettings SETTINGS =
      new WebSocketSettings(Duration.ofSeconds(90), 64, 65536, 20, 1000);
  private static final LocalConnections LOCAL =
      new LocalConnections(TestSupport.noMetrics(), java.time.Clock.systemUTC());
  private static final ConnectionRegistry REGISTRY =
      new ConnectionRegistry(
          SETTINGS,
          LOCAL,
          (user, device, at) -> {},
          (user, device) -> {},
          devices -> {},
          Clock.systemUTC());
  private static final InMemoryApplication APP = new InMemoryApplication(LOCAL);

  private final WsClient ws;
  private final Http1Client http;

  ChatWebSocketTest(WsClient ws, Http1Client http) {
    this.ws = ws;
    this.http = http;
  }

  @SetUpServer
  static void server(WebServerConfig.Builder server) {
    APP.user("alice");
    APP.user("bob");
    WebSocketEndpoint endpoint =
        new WebSocketEndpoint(
            APP.authenticate,
            APP.send,
            APP.pull,
            APP.ack,
            APP.sync,
            APP.typing,
            APP.recall,
            APP.editMessage,
            new StreamFrames(APP.openStream, APP.addStreamChunk, APP.endStream),
            APP.signalCall,
            APP.focusConversation,
            REGISTRY,
            SETTINGS);
    RestApi rest =
        new RestApi(
            APP.authenticate,
            new AuthHttpEndpoint(APP.register, APP.login),
            new ConversationsHttpEndpoint(
                APP.list,
                APP.send,
                APP.pull,
                APP.ack,
                APP.groupReads,
                APP.changeConversationSettings,
                APP.clearConversation,
                APP.readAll,
                APP.recall,
                APP.editMessage),
            new GroupsHttpEndpoint(
                APP.createGroup,
                APP.getGroup,
                APP.listGroups,
                APP.groupMembers,
                APP.addMembers,
                APP.removeMember,
                APP.changeMember,
                APP.updateGroup,
                APP.transferGroup,
                APP.joinGroup,
                APP.dissolveGroup,
                APP.clock),
            new SyncHttpEndpoint(APP.sync),
            new UsersHttpEndpoint(APP.profile, APP.updateProfile, APP.settings, APP.updateSettings),
            new DevicesHttpEndpoint(APP.listDevices, APP.setPushToken, APP.removePushToken),
            new FriendsHttpEndpoint(
                APP.requestFriendship,
                APP.friendRequests,
                APP.answerFriendRequest,
                APP.listFriends,
                APP.remarkFriend,
                APP.removeFriend),
            new BlocksHttpEndpoint(APP.blockUser, APP.unblockUser, APP.listBlocks),
            new PresenceHttpEndpoint(APP.queryPresence),
            new UnreadHttpEndpoint(APP.unreadSummary),
            new ConfigHttpEndpoint(
                new ClientConfig(
                    "1.2", 4096, 65536, 1, 120, 86400, 4, 1000, 6, 45, 60, 86400, null, 20)),
            new FavoritesHttpEndpoint(
                APP.saveFavorite, APP.listFavorites, APP.favoriteTags, APP.changeFavorite),
            new FilesHttpEndpoint(APP.uploadFile, APP.readFile, APP.listFiles, APP.deleteFile),
            new CallsHttpEndpoint(APP.iceServers));
    server
        .routing(
            routing -> {
              routing.register(endpoint);
              rest.register(routing);
            })
        .addRouting(endpoint.wsRouting());
  }

  @Test
  void an_authenticated_device_sends_and_the_peer_gets_the_push() throws Exception {
    Frames bob = connect("token-bob", "tablet");
    Frames alice = connect("token-alice", "phone");

    alice.send(
        "{\"cmd\":2,\"req_id\":\"a\",\"msg_id\":\"x1\",\"conversation_id\":\"dm:alice:bob\",\"payload\":{\"content\":\"hi\"}}");

    assertThat(alice.next()).contains("\"cmd\":2", "\"code\":0", "\"seq\":1", "\"req_id\":\"a\"");
    assertThat(bob.next()).contains("\"cmd\":5", "\"content\":\"hi\"", "\"sender_id\":\"alice\"");
    alice.send("{\"cmd\":0}");
    assertThat(alice.next()).isEqualTo("{\"cmd\":0,\"code\":0}");
    alice.close();
    bob.close();
  }

  @Test
  void a_ping_is_answered_with_a_pong() throws Exception {
    Frames alice = connect("token-alice", "watch");
    alice.session.get(5, TimeUnit.SECONDS).ping(BufferData.create("are you there"));

    assertThat(alice.pongs.poll(5, TimeUnit.SECONDS)).isEqualTo("are you there");
    alice.close();
  }

  @Test
  void a_late_announcement_from_another_node_never_closes_a_newer_connection() throws Exception {
    Frames bob = connect("token-bob", "desk");
    bob.send("{\"cmd\":0,\"req_id\":\"up\"}");
    assertThat(bob.next()).contains("\"req_id\":\"up\"");

    // The same device connected elsewhere a minute ago: this connection is newer and stays.
    LOCAL.replacedElsewhere(UserId.of("bob"), DeviceId.of("desk"), Instant.now().minusSeconds(60));
    bob.send("{\"cmd\":0,\"req_id\":\"still\"}");
    assertThat(bob.next()).contains("\"req_id\":\"still\"");

    // It connected elsewhere just now: this older connection gives way.
    LOCAL.replacedElsewhere(UserId.of("bob"), DeviceId.of("desk"), Instant.now().plusSeconds(1));
    assertThat(bob.closes.poll(5, TimeUnit.SECONDS)).isEqualTo(4001);
  }

  @Test
  void an_upgrade_without_a_token_is_refused_with_401() {
    try (var response = http.get("/ws").request()) {
      assertThat(response.status().code()).isEqualTo(401);
    }
    try (var response =
        http.get("/ws")
            .queryParam("token", "token-alice")
            .queryParam("device_id", "no good")
            .request()) {
      assertThat(response.status().code()).isEqualTo(400);
    }
  }

  private Frames connect(String token, String device) {
    Frames frames = new Frames();
    ws.connect("/ws?token=" + token + "&device_id=" + device, frames);
    return frames;
  }

  /** Collects what the server sends on one connection. */
  private static final class Frames implements WsListener {
    final CompletableFuture<WsSession> session = new CompletableFuture<>();
    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<String> pongs = new LinkedBlockingQueue<>();
    final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();

    @Override
    public void onClose(WsSession ignored, int status, String reason) {
      closes.add(status);
    }

    @Override
    public void onOpen(WsSession opened) {
      session.complete(opened);
    }

    @Override
    public void onMessage(WsSession ignored, String text, boolean last) {
      texts.add(text);
    }

    @Override
    public void onPong(WsSession ignored, BufferData buffer) {
      pongs.add(buffer.readString(buffer.available()));
    }

    void send(String text) throws Exception {
      session.get(5, TimeUnit.SECONDS).send(text, true);
    }

    String next() throws InterruptedException {
      String text = texts.poll(5, TimeUnit.SECONDS);
      assertThat(text).as("a frame within 5 s").isNotNull();
      return text;
    }

    void close() throws Exception {
      session.get(5, TimeUnit.SECONDS).close(1000, "done");
    }
  }
}
