package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.InboxWindow;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.user.UserId;

/**
 * What every {@link InboxStore} must do. Stores that keep entries apart from the messages (SQL) get
 * the messages stored through {@link #storeMessages} first.
 */
public abstract class InboxStoreContract {
  private InboxStore inboxes;
  private String run;
  private UserId alice;
  private UserId bob;
  private ConversationId chat;

  protected abstract InboxStore newInboxes();

  /** Stores the messages where the inbox store reads them from, where it needs that. */
  protected void storeMessages(List<Message> messages) {}

  @BeforeEach
  void setUp() {
    inboxes = newInboxes();
    run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    alice = UserId.of("a" + run);
    bob = UserId.of("b" + run);
    chat = DirectChatId.between(alice, bob);
  }

  private List<Message> messages(ConversationId conversation, int from, int to) {
    List<Message> messages = new ArrayList<>();
    for (int seq = from; seq <= to; seq++) {
      messages.add(
          new Message(
              conversation,
              seq,
              MsgId.of("m" + seq),
              alice,
              MsgType.TEXT,
              MessageContent.of("t" + seq),
              seq));
    }
    storeMessages(messages);
    return messages;
  }

  /**
   * The owner's entries, numbered from 1 for the first: a store may number an inbox from a higher
   * origin (see {@link InboxWindow}).
   */
  private List<Long> inboxSeqsOf(UserId owner) {
    long origin = inboxes.window(owner).origin();
    return inboxes.readAfter(owner, origin, 1000).stream()
        .map(entry -> entry.inboxSeq() - origin)
        .toList();
  }

  /** The owner's window, numbered as {@link #inboxSeqsOf}. */
  private InboxWindow windowOf(UserId owner) {
    InboxWindow window = inboxes.window(owner);
    long origin = window.origin();
    return new InboxWindow(window.firstKept() - origin, window.head() - origin);
  }

  private List<InboxEntry> readAfter(UserId owner, long cursor, int max) {
    return inboxes.readAfter(owner, inboxes.window(owner).origin() + cursor, max);
  }

  @Test
  void each_owner_numbers_its_own_entries_from_1_across_conversations() {
    List<Message> sent = messages(chat, 1, 2);
    List<InboxEntry> entries = inboxes.append(chat, sent, List.of(alice, bob));

    long aliceOrigin = inboxes.window(alice).origin();
    long bobOrigin = inboxes.window(bob).origin();
    assertThat(entries)
        .extracting(
            e ->
                e.owner().value()
                    + ":"
                    + (e.inboxSeq() - (e.owner().equals(alice) ? aliceOrigin : bobOrigin))
                    + ":"
                    + e.message().seq())
        .containsExactly(
            alice.value() + ":1:1",
            bob.value() + ":1:1",
            alice.value() + ":2:2",
            bob.value() + ":2:2");

    ConversationId other = DirectChatId.between(bob, UserId.of("c" + run));
    Message elsewhere = messages(other, 1, 1).getFirst();
    assertThat(inboxes.append(other, List.of(elsewhere), List.of(bob)))
        .extracting(e -> e.inboxSeq() - bobOrigin)
        .containsExactly(3L);
    assertThat(readAfter(bob, 0, 10))
        .extracting(InboxEntry::message)
        .containsExactly(sent.get(0), sent.get(1), elsewhere);
    assertThat(readAfter(bob, 1, 1)).extracting(e -> e.inboxSeq() - bobOrigin).containsExactly(2L);
    assertThat(windowOf(bob)).isEqualTo(new InboxWindow(1, 3));
  }

  @Test
  void fills_of_several_conversations_at_once_number_each_inbox_in_fill_order() {
    ConversationId other = DirectChatId.between(bob, UserId.of("c" + run));
    List<Message> inChat = messages(chat, 1, 2);
    List<Message> inOther = messages(other, 1, 1);
    inboxes.append(chat, inChat.subList(0, 1), List.of(bob)); // chat filled through seq 1

    List<InboxEntry> entries =
        inboxes.append(
            List.of(
                new InboxStore.Fill(other, inOther, List.of(bob)),
                new InboxStore.Fill(chat, inChat, List.of(alice, bob))));

    long origin = inboxes.window(bob).origin();
    assertThat(entries)
        .extracting(e -> e.owner().equals(bob) ? e.inboxSeq() - origin : -1)
        .containsExactly(2L, -1L, 3L);
    assertThat(readAfter(bob, 0, 10))
        .extracting(InboxEntry::message)
        .containsExactly(inChat.get(0), inOther.getFirst(), inChat.get(1));
    assertThat(windowOf(bob)).isEqualTo(new InboxWindow(1, 3));
  }

  @Test
  void a_repeated_fill_adds_nothing_twice() {
    List<Message> sent = messages(chat, 1, 4);
    inboxes.append(chat, sent.subList(0, 3), List.of(bob));

    List<InboxEntry> again = inboxes.append(chat, sent.subList(1, 4), List.of(bob));

    assertThat(again).extracting(e -> e.message().seq()).containsExactly(4L);
    assertThat(readAfter(bob, 0, 10))
        .extracting(e -> e.message().seq())
        .containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void a_lost_fill_makes_syncs_from_before_it_reset_never_a_silent_gap() {
    inboxes.append(chat, messages(chat, 1, 2), List.of(bob));
    messages(chat, 3, 4); // stored, but their fill was lost

    inboxes.append(chat, messages(chat, 5, 5), List.of(bob));

    InboxWindow window = windowOf(bob);
    assertThat(window.head()).isEqualTo(3);
    assertThat(window.covers(2))
        .as("a device that has seen 1..2 must not skip seqs 3 and 4")
        .isFalse();
    assertThat(window.covers(3)).isTrue();
  }

  @Test
  void seqs_that_were_never_stored_are_no_gap() {
    inboxes.append(chat, messages(chat, 1, 2), List.of(bob));
    // Seqs 3 and 4 went to a batch that failed: nothing was stored with them.

    inboxes.append(chat, messages(chat, 5, 5), List.of(bob));

    assertThat(windowOf(bob).covers(2)).isTrue();
    assertThat(readAfter(bob, 2, 10)).extracting(e -> e.message().seq()).containsExactly(5L);
  }

  @Test
  void a_fill_with_no_owners_moves_the_filled_seq_only() {
    inboxes.append(chat, messages(chat, 1, 2), List.of());

    inboxes.append(chat, messages(chat, 3, 3), List.of(bob));

    assertThat(windowOf(bob)).isEqualTo(new InboxWindow(1, 1));
    assertThat(readAfter(bob, 0, 10)).extracting(e -> e.message().seq()).containsExactly(3L);
  }

  @Test
  void concurrent_fills_of_one_inbox_become_visible_in_inbox_seq_order() throws Exception {
    int conversations = 40;
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Future<?>> fills = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(9)) {
      // A reader that only ever asks for what follows the newest entry it has seen: had a smaller
      // inbox_seq become visible after a larger one, it would never see it.
      Future<?> reader =
          pool.submit(
              () -> {
                long cursor = 0;
                while (writing.get() || cursor < conversations) {
                  for (InboxEntry entry : readAfter(bob, cursor, 100)) {
                    cursor = entry.inboxSeq() - inboxes.window(bob).origin();
                    seen.add(cursor);
                  }
                }
                return null;
              });
      for (int i = 0; i < conversations; i++) {
        ConversationId conversation = DirectChatId.between(bob, UserId.of("p" + i + run));
        Message message = messages(conversation, 1, 1).getFirst();
        fills.add(pool.submit(() -> inboxes.append(conversation, List.of(message), List.of(bob))));
      }
      for (Future<?> fill : fills) {
        fill.get(); // every fill must succeed, however many race for the inbox
      }
      writing.set(false);
      reader.get();
    }

    assertThat(inboxSeqsOf(bob))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, conversations).boxed().toList());
    assertThat(seen).hasSize(conversations);
  }

  @Test
  void an_empty_inbox_holds_nothing() {
    assertThat(inboxes.window(alice)).isEqualTo(InboxWindow.empty());
    assertThat(inboxes.readAfter(alice, inboxes.window(alice).origin(), 10)).isEmpty();
  }

  @Test
  void trimming_drops_old_entries_but_keeps_the_newest() {
    inboxes.append(chat, messages(chat, 1, 5), List.of(bob));

    inboxes.trim(Long.MAX_VALUE, 2);

    assertThat(inboxSeqsOf(bob)).containsExactly(4L, 5L);
    assertThat(windowOf(bob)).isEqualTo(new InboxWindow(4, 5));
    inboxes.append(chat, messages(chat, 6, 6), List.of(bob));
    assertThat(windowOf(bob)).isEqualTo(new InboxWindow(4, 6));
  }

  @Test
  void recent_entries_are_kept_however_many_there_are() {
    inboxes.append(chat, messages(chat, 1, 3), List.of(bob));

    inboxes.trim(0, 1);

    assertThat(windowOf(bob)).isEqualTo(new InboxWindow(1, 3));
  }
}
