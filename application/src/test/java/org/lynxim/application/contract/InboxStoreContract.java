package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.port.out.InboxStore;
import org.lynxim.application.port.out.InboxStore.Addition;
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
  private UserId alice;
  private UserId bob;
  private ConversationId chat;

  protected abstract InboxStore newInboxes();

  /** Stores the messages where the inbox store reads them from, where it needs that. */
  protected void storeMessages(List<Message> messages) {}

  @BeforeEach
  void setUp() {
    inboxes = newInboxes();
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    alice = UserId.of("a" + run);
    bob = UserId.of("b" + run);
    chat = DirectChatId.between(alice, bob);
  }

  private List<Message> messages(int from, int to) {
    List<Message> messages = new ArrayList<>();
    for (int seq = from; seq <= to; seq++) {
      messages.add(
          new Message(
              chat,
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

  @Test
  void each_owner_numbers_its_own_entries_from_1_in_order() {
    List<Message> sent = messages(1, 3);
    List<InboxEntry> entries =
        inboxes.append(
            List.of(
                new Addition(alice, sent.get(0)),
                new Addition(bob, sent.get(0)),
                new Addition(alice, sent.get(1)),
                new Addition(bob, sent.get(1)),
                new Addition(bob, sent.get(2))));

    assertThat(entries).extracting(InboxEntry::inboxSeq).containsExactly(1L, 1L, 2L, 2L, 3L);
    assertThat(inboxes.readAfter(bob, 0, 10))
        .extracting(e -> e.message().seq())
        .containsExactly(1L, 2L, 3L);
    assertThat(inboxes.readAfter(bob, 1, 1)).extracting(InboxEntry::inboxSeq).containsExactly(2L);
    assertThat(inboxes.window(bob)).isEqualTo(new InboxWindow(1, 3));
    assertThat(inboxes.readAfter(bob, 0, 10).getFirst().message()).isEqualTo(sent.get(0));
  }

  @Test
  void concurrent_appends_to_one_inbox_take_distinct_inbox_seqs() throws Exception {
    List<Message> sent = messages(1, 40);
    List<Future<List<InboxEntry>>> appends = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (Message message : sent) {
        appends.add(pool.submit(() -> inboxes.append(List.of(new Addition(bob, message)))));
      }
    }
    for (Future<List<InboxEntry>> append : appends) {
      append.get(); // every append must succeed, however many race for the inbox
    }

    List<InboxEntry> all = inboxes.readAfter(bob, 0, 100);
    assertThat(all)
        .extracting(InboxEntry::inboxSeq)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
    assertThat(all)
        .extracting(e -> e.message().seq())
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
  }

  @Test
  void an_empty_inbox_holds_nothing() {
    assertThat(inboxes.window(alice)).isEqualTo(InboxWindow.empty());
    assertThat(inboxes.readAfter(alice, 0, 10)).isEmpty();
  }

  @Test
  void trimming_drops_old_entries_but_keeps_the_newest() {
    List<Message> sent = messages(1, 5);
    inboxes.append(sent.stream().map(message -> new Addition(bob, message)).toList());

    inboxes.trim(Long.MAX_VALUE, 2);

    assertThat(inboxes.readAfter(bob, 0, 10))
        .extracting(InboxEntry::inboxSeq)
        .containsExactly(4L, 5L);
    assertThat(inboxes.window(bob)).isEqualTo(new InboxWindow(4, 5));
    inboxes.append(List.of(new Addition(bob, messages(6, 6).getFirst())));
    assertThat(inboxes.window(bob)).isEqualTo(new InboxWindow(4, 6));
  }

  @Test
  void recent_entries_are_kept_however_many_there_are() {
    List<Message> sent = messages(1, 3);
    inboxes.append(sent.stream().map(message -> new Addition(bob, message)).toList());

    inboxes.trim(0, 1);

    assertThat(inboxes.window(bob)).isEqualTo(new InboxWindow(1, 3));
  }
}
