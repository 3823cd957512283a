package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.ConversationSettingsChange;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Draft;
import org.lynxim.domain.user.UserId;

/** What every {@link ConversationSettingsStore} must do. */
public abstract class ConversationSettingsContract {
  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final UserId ann = UserId.of("ann" + run);
  private final UserId bob = UserId.of("bob" + run);
  private final ConversationId chat = DirectChatId.between(ann, bob);
  private final ConversationId group = ConversationId.parse("grp:g" + run);
  private final Instant at = Instant.ofEpochMilli(1_700_000_000_123L);

  protected abstract ConversationSettingsStore newStore();

  @Test
  void settings_never_set_are_none() {
    ConversationSettingsStore store = newStore();

    assertThat(store.of(ann, chat)).isEqualTo(ConversationSettings.NONE);
    assertThat(store.allOf(ann)).isEmpty();
  }

  @Test
  void a_change_is_stored_whole_and_read_back_per_user() {
    ConversationSettingsStore store = newStore();
    String draft = "d\u00e9j\u00e0 \ud83d\ude00 " + "x".repeat(4000);
    ConversationSettingsChange change =
        new ConversationSettingsChange(
            Optional.of(true), Optional.of(true), Optional.of(Optional.of(new Draft(draft))));

    ConversationSettings saved = store.change(ann, chat, current -> current.apply(change, at));
    store.change(ann, group, current -> current.clearedUpTo(9, at));

    assertThat(saved.pinnedAt()).contains(at);
    assertThat(store.of(ann, chat)).isEqualTo(saved);
    assertThat(store.of(ann, chat).draft()).contains(new Draft(draft));
    assertThat(store.of(bob, chat)).isEqualTo(ConversationSettings.NONE);
    assertThat(store.allOf(ann))
        .isEqualTo(Map.of(chat, saved, group, ConversationSettings.NONE.clearedUpTo(9, at)));
  }

  @Test
  void a_change_applies_to_what_is_stored() {
    ConversationSettingsStore store = newStore();
    store.change(ann, chat, current -> current.clearedUpTo(5, at));

    ConversationSettings unmuted =
        store.change(
            ann,
            chat,
            current ->
                current.apply(
                    new ConversationSettingsChange(
                        Optional.empty(), Optional.of(false), Optional.of(Optional.empty())),
                    at.plusSeconds(1)));

    assertThat(unmuted.clearedSeq()).isEqualTo(5);
    assertThat(unmuted.hidden()).isFalse();
    assertThat(unmuted.draft()).isEmpty();
    assertThat(store.of(ann, chat)).isEqualTo(unmuted);
  }
}
