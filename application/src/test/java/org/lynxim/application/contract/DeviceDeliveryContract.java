package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.delivery.port.out.OtherNodes;
import org.lynxim.application.delivery.service.ConnectDeviceService;
import org.lynxim.application.delivery.service.NotifyAccountService;
import org.lynxim.application.delivery.service.PushMessageService;
import org.lynxim.application.delivery.service.ReceiveFromOtherNodeService;
import org.lynxim.application.delivery.service.ShareReadPositionService;
import org.lynxim.application.fixtures.RecordingLocalDevices;
import org.lynxim.application.fixtures.RecordingLocalDevices.Push;
import org.lynxim.application.fixtures.RecordingLocalDevices.Sync;
import org.lynxim.application.fixtures.RecordingPresence;
import org.lynxim.application.fixtures.TestSupport;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.FriendRequestStatus;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/**
 * What delivery must do whatever carries it between nodes ({@link OtherNodes}): a push or an ack
 * sync reaches the devices of every node exactly once, and a device that connects to one node is
 * replaced on every other node, never on its own. Runs with as many nodes as the implementation can
 * have: one for a single process, two for a cluster.
 */
public abstract class DeviceDeliveryContract {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final List<Node> nodes = new ArrayList<>();

  /** A new node of one cluster (the same cluster for every call of one test). */
  protected abstract OtherNodes joinCluster(String node);

  /** How many nodes the implementation can run; 1 for a single process. */
  protected abstract int nodeCount();

  /** Closes what {@link #joinCluster} opened. */
  protected void leaveCluster(OtherNodes node) {}

  /** One node: its devices, as the delivery services see them, and its relay. */
  private record Node(RecordingLocalDevices devices, OtherNodes relay) {
    PushMessageService push() {
      return new PushMessageService(
          devices,
          relay,
          new org.lynxim.domain.group.StormControl(1000),
          new org.lynxim.application.fixtures.InMemoryDeviceFocus());
    }
  }

  private List<Node> cluster() {
    if (nodes.isEmpty()) {
      for (int i = 0; i < nodeCount(); i++) {
        RecordingLocalDevices devices = new RecordingLocalDevices();
        OtherNodes relay = joinCluster("n" + i);
        relay.listen(new ReceiveFromOtherNodeService(devices)::receive);
        nodes.add(new Node(devices, relay));
      }
    }
    return nodes;
  }

  @AfterEach
  void leave() {
    nodes.forEach(node -> leaveCluster(node.relay()));
  }

  @Test
  void a_push_reaches_the_devices_of_every_node_exactly_once() {
    Message message =
        new Message(
            ConversationId.parse("dm:alice:bob"),
            3,
            MsgId.of("m3"),
            UserId.of("alice"),
            MsgType.TEXT,
            MessageContent.of("h\u00e9 \uD83D\uDE00"),
            99);
    Optional<DeviceId> phone = Optional.of(DeviceId.of("phone"));
    Map<UserId, Long> inboxSeqs = Map.of(UserId.of("alice"), 7L, UserId.of("bob"), 12L);
    List<UserId> recipients = List.of(UserId.of("alice"), UserId.of("bob"));

    cluster().getFirst().push().push(message, recipients, inboxSeqs, phone);

    Push expected = new Push(message, recipients, inboxSeqs, phone);
    for (Node node : cluster()) {
      await().atMost(WAIT).until(() -> !node.devices().pushes.isEmpty());
    }
    settle();
    cluster().forEach(node -> assertThat(node.devices().pushes).containsExactly(expected));
  }

  @Test
  void a_read_position_move_reaches_the_users_devices_on_every_node_exactly_once() {
    Node last = cluster().getLast();
    UserId bob = UserId.of("bob");
    ConversationId group = ConversationId.parse("grp:g1");
    new ShareReadPositionService(last.devices(), last.relay())
        .share(bob, group, new ReadPosition(7), Optional.empty());

    Sync expected = new Sync(bob, group, new ReadPosition(7), Optional.empty());
    for (Node node : cluster()) {
      await().atMost(WAIT).until(() -> !node.devices().syncs.isEmpty());
    }
    settle();
    cluster().forEach(node -> assertThat(node.devices().syncs).containsExactly(expected));
  }

  @Test
  void every_kind_of_account_notice_reaches_the_users_devices_on_every_node_exactly_once() {
    Node first = cluster().getFirst();
    UserId dan = UserId.of("dan");
    FriendRequest request =
        FriendRequest.open(
            FriendRequestId.of("req1"),
            UserId.of("eva"),
            dan,
            Optional.of("hi \u00e9"),
            Instant.ofEpochMilli(1_700_000_000_123L));
    List<AccountNotice> notices =
        List.of(
            new AccountNotice.SettingsChanged(
                new UserSettings(DirectMessages.FRIENDS, false, true)),
            new AccountNotice.BlockChanged(UserId.of("eva"), true),
            new AccountNotice.FriendRequestReceived(request),
            new AccountNotice.FriendRequestAnswered(
                request.withStatus(FriendRequestStatus.ACCEPTED)),
            new AccountNotice.FriendRequestReceived(
                FriendRequest.open(
                    FriendRequestId.of("req2"),
                    dan,
                    UserId.of("eva"),
                    Optional.empty(),
                    Instant.EPOCH)),
            new AccountNotice.FriendAdded(UserId.of("eva")),
            new AccountNotice.FriendRemoved(UserId.of("eva")));

    NotifyAccountService notify = new NotifyAccountService(first.devices(), first.relay());
    notices.forEach(notice -> notify.notify(dan, notice));

    for (Node node : cluster()) {
      await().atMost(WAIT).until(() -> node.devices().notices.size() >= notices.size());
    }
    settle();
    List<RecordingLocalDevices.Notice> expected =
        notices.stream().map(notice -> new RecordingLocalDevices.Notice(dan, notice)).toList();
    cluster()
        .forEach(node -> assertThat(node.devices().notices).containsExactlyElementsOf(expected));
  }

  @Test
  void a_device_that_connects_is_replaced_on_every_other_node_never_on_its_own() {
    Node last = cluster().getLast();
    UserDevice phone = new UserDevice(UserId.of("carol"), DeviceId.of("phone"));
    new ConnectDeviceService(new RecordingPresence(), last.relay(), TestSupport.noAnnouncements())
        .connected(phone.user(), phone.device(), Instant.now());

    for (Node other : cluster().subList(0, cluster().size() - 1)) {
      await().atMost(WAIT).until(() -> !other.devices().replaced.isEmpty());
      assertThat(other.devices().replaced).containsExactly(phone);
    }
    settle();
    assertThat(last.devices().replaced).isEmpty();
  }

  /** Gives a duplicate or an echo time to arrive, so that "exactly once" means something. */
  private void settle() {
    if (nodeCount() > 1) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
