package org.lynxim.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lynxim.application.contract.CallStoreContract;
import org.lynxim.application.contract.DevicePresenceContract;
import org.lynxim.application.contract.InboxStoreContract;
import org.lynxim.application.contract.LeavingUsersContract;
import org.lynxim.application.contract.SendRateLimiterContract;
import org.lynxim.application.contract.SeqAllocatorContract;
import org.lynxim.application.contract.StreamBuffersContract;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.fixtures.InMemoryConversationSettings;
import org.lynxim.application.fixtures.InMemoryMessageStore;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.SendRateLimiter;
import org.lynxim.application.messaging.port.out.SeqAllocator;
import org.lynxim.application.messaging.service.StreamsSoFar;
import org.lynxim.application.messaging.service.SyncInboxService;
import org.lynxim.application.presence.port.out.LeavingUsers;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** The Redis adapters against the real Redis on this machine (127.0.0.1:6379 unless told). */
class RedisAdaptersTest {
  static final String ADDRESS =
      System.getenv().getOrDefault("LYNX_TEST_REDIS", "redis://127.0.0.1:6379");

  /** Every key these tests write starts with it, so that they can all be deleted after. */
  static final String PREFIX = "lynx-test:" + UUID.randomUUID() + ":";

  static RedisConnection redis;

  @BeforeAll
  static void connect() {
    redis = RedisConnection.open(new RedisSettings(ADDRESS, Duration.ofSeconds(3), PREFIX));
  }

  @AfterAll
  static void disconnect() {
    redis.client().getKeys().deleteByPattern(PREFIX + "*");
    redis.close();
  }

  @Nested
  class Presence extends DevicePresenceContract {
    @Override
    protected DevicePresence newPresence() {
      return redis.devicePresence("node-a", Duration.ofSeconds(30), Clock.systemUTC());
    }
  }

  private static StreamsSoFar streamsSoFar() {
    return new StreamsSoFar(redis.streamBuffers());
  }

  @Nested
  class Focus extends org.lynxim.application.contract.DeviceFocusContract {
    @Override
    protected org.lynxim.application.delivery.port.out.DeviceFocus newFocus() {
      return redis.deviceFocus();
    }
  }

  @Nested
  class Calls extends CallStoreContract {
    @Override
    protected org.lynxim.application.call.port.out.CallStore newStore() {
      return redis.callStore();
    }
  }

  @Nested
  class Streams extends StreamBuffersContract {
    @Override
    protected StreamBuffers newBuffers() {
      return redis.streamBuffers();
    }
  }

  @Nested
  class Leaving extends LeavingUsersContract {
    @Override
    protected LeavingUsers newLeavingUsers() {
      return redis.leavingUsers(Duration.ofSeconds(30));
    }
  }

  @Nested
  class Seqs extends SeqAllocatorContract {
    @Override
    protected SeqAllocator newAllocator(ToLongFunction<ConversationId> storedLastSeq) {
      return redis.seqAllocator(storedLastSeq);
    }
  }

  @Nested
  class Inboxes extends InboxStoreContract {
    private final InMemoryMessageStore timeline = new InMemoryMessageStore();

    @Override
    protected InboxStore newInboxes() {
      return redis.inboxStore(Duration.ZERO, Clock.systemUTC(), timeline);
    }

    @Override
    protected void storeMessages(List<Message> messages) {
      timeline.appendAll(messages);
    }
  }

  @Nested
  class RateLimits extends SendRateLimiterContract {
    @Override
    protected SendRateLimiter newLimiter(
        long perSecond, long burst, long userPerSecond, long userBurst) {
      return redis.sendRateLimiter(perSecond, burst, userPerSecond, userBurst);
    }
  }

  @Test
  void a_sync_reads_a_message_recalled_or_edited_after_it_entered_the_inbox_as_it_is_now() {
    InMemoryMessageStore timeline = new InMemoryMessageStore();
    RedisInboxStore inboxes = redis.inboxStore(Duration.ZERO, Clock.systemUTC(), timeline);
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    UserId bob = UserId.of("b" + run);
    ConversationId chat = DirectChatId.between(UserId.of("a" + run), bob);
    timeline.appendAll(List.of(message(chat, 1), message(chat, 2)));
    inboxes.append(chat, List.of(message(chat, 1), message(chat, 2)), List.of(bob));

    timeline.appendAll(
        List.of(systemMessage(chat, 3), systemMessage(chat, 4)),
        List.of(),
        List.of(
            new Amendment.Recall(new Amendment.Target(chat, 1)),
            new Amendment.Edit(new Amendment.Target(chat, 2), MessageContent.of("edited"), 42)));
    var entries =
        new SyncInboxService(inboxes, new InMemoryConversationSettings(), timeline, streamsSoFar())
            .sync(bob, new SyncCursor(0, 10))
            .entries();

    assertThat(entries.get(0).message().recalled()).isTrue();
    assertThat(entries.get(0).message().content().text()).isEmpty();
    assertThat(entries.get(1).message().content().text()).isEqualTo("edited");
    assertThat(entries.get(1).message().editedAt()).contains(42L);
  }

  @Test
  void an_inbox_lost_by_redis_is_made_anew_above_every_number_it_gave_so_old_cursors_reset() {
    InMemoryMessageStore timeline = new InMemoryMessageStore();
    RedisInboxStore inboxes = redis.inboxStore(Duration.ZERO, Clock.systemUTC(), timeline);
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    UserId bob = UserId.of("b" + run);
    ConversationId chat = DirectChatId.between(UserId.of("a" + run), bob);
    timeline.appendAll(List.of(message(chat, 1), message(chat, 2), message(chat, 3)));
    long before =
        inboxes.append(chat, List.of(message(chat, 1)), List.of(bob)).getFirst().inboxSeq();

    // What a restart of Redis does to these keys.
    redis.client().getKeys().deleteByPattern(redis.key("inbox:*"));

    SyncInboxService sync =
        new SyncInboxService(inboxes, new InMemoryConversationSettings(), timeline, streamsSoFar());
    assertThat(sync.sync(bob, new SyncCursor(before, 10)).reset()).isTrue();
    long after =
        inboxes.append(chat, List.of(message(chat, 2)), List.of(bob)).getFirst().inboxSeq();
    assertThat(after).isGreaterThan(before);
    assertThat(sync.sync(bob, new SyncCursor(before, 10)).reset())
        .as("a cursor from before the loss must not be served the new entries")
        .isTrue();
    // Message 1 went with the lost inbox: even "everything you hold" must say reset.
    var fromScratch = sync.sync(bob, new SyncCursor(0, 10));
    assertThat(fromScratch.reset()).isTrue();
    inboxes.append(chat, List.of(message(chat, 3)), List.of(bob));
    assertThat(sync.sync(bob, new SyncCursor(fromScratch.nextCursor(), 10)).entries())
        .extracting(e -> e.message().seq())
        .containsExactly(3L);
  }

  @Test
  void an_inbox_with_no_new_entry_for_its_idle_expiry_is_dropped_and_syncs_reset() {
    RedisInboxStore inboxes =
        redis.inboxStore(Duration.ofMillis(300), Clock.systemUTC(), new InMemoryMessageStore());
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    UserId bob = UserId.of("b" + run);
    ConversationId chat = DirectChatId.between(UserId.of("a" + run), bob);
    long seen = inboxes.append(chat, List.of(message(chat, 1)), List.of(bob)).getFirst().inboxSeq();

    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                new SyncInboxService(
                        inboxes,
                        new InMemoryConversationSettings(),
                        new InMemoryMessageStore(),
                        streamsSoFar())
                    .sync(bob, new SyncCursor(seen, 10))
                    .reset());
  }

  @Test
  void a_recalled_message_loses_its_content_from_the_inbox_copies_themselves() {
    InMemoryMessageStore timeline = new InMemoryMessageStore();
    RedisInboxStore inboxes = redis.inboxStore(Duration.ZERO, Clock.systemUTC(), timeline);
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    UserId ann = UserId.of("a" + run);
    UserId bob = UserId.of("b" + run);
    ConversationId chat = DirectChatId.between(ann, bob);
    Message secret = message(chat, 1);
    Message kept = message(chat, 2);
    inboxes.append(chat, List.of(secret, kept), List.of(ann, bob));

    inboxes.rewriteRecalled(secret.asRecalled(), List.of(ann, bob));

    for (UserId owner : List.of(ann, bob)) {
      List<Message> copies =
          inboxes.readAfter(owner, 0, 10).stream().map(InboxEntry::message).toList();
      assertThat(copies).containsExactly(secret.asRecalled(), kept);
    }
  }

  private static Message systemMessage(ConversationId chat, long seq) {
    return new Message(
        chat,
        seq,
        MsgId.of("s" + seq),
        UserId.of("xyz"),
        MsgType.SYSTEM,
        MessageContent.of("{\"event\":\"message_updated\",\"target_seq\":" + seq + "}"),
        seq);
  }

  private static Message message(ConversationId chat, long seq) {
    return new Message(
        chat,
        seq,
        MsgId.of("m" + seq),
        UserId.of("xyz"),
        MsgType.TEXT,
        MessageContent.of("hi"),
        seq);
  }

  @Test
  void a_counter_lost_by_redis_is_seeded_again_from_the_database() {
    ConversationId chat =
        ConversationId.parse("grp:lost" + UUID.randomUUID().toString().substring(0, 8));
    Map<ConversationId, Long> stored = new HashMap<>();
    SeqAllocator seqs = redis.seqAllocator(c -> stored.getOrDefault(c, 0L));
    stored.put(chat, seqs.reserve(chat, 10) + 9);

    redis.client().getBucket(redis.key("seq:" + chat.value())).delete();

    assertThat(seqs.next(chat)).isEqualTo(11);
  }

  @Test
  void presence_lists_each_device_on_its_node_and_a_node_removes_only_its_own() throws Exception {
    UserId user = UserId.of("p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    var onA = redis.devicePresence("a", Duration.ofSeconds(30), Clock.systemUTC());
    var onB = redis.devicePresence("b", Duration.ofMillis(300), Clock.systemUTC());
    DeviceId phone = DeviceId.of("phone");
    DeviceId laptop = DeviceId.of("laptop");

    onA.connected(user, phone);
    onA.connected(user, laptop);
    onB.connected(user, phone); // the phone moved to node b
    onA.disconnected(user, phone); // a late close on a: not a's entry any more

    assertThat(onA.devicesOf(user)).containsOnly(Map.entry(phone, "b"), Map.entry(laptop, "a"));
    onB.stillConnected(java.util.List.of(new org.lynxim.domain.user.UserDevice(user, phone)));
    Thread.sleep(600);
    assertThat(onA.devicesOf(user)).as("expired without a refresh").isEmpty();
  }

  @Test
  void a_burst_far_above_the_rate_is_accepted() {
    var limiter = redis.sendRateLimiter(30, 100_000, 30, 100_000);

    assertThat(limiter.tryAcquire(UserId.of("bulk"), Optional.empty())).isTrue();
  }
}
