package org.lynxim.application.favorite.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.favorite.port.in.SaveFavoriteUseCase.Saved;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.RecordingLocalDevices.Notice;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.favorite.FavoriteChange;
import org.lynxim.domain.favorite.FavoriteQuery;
import org.lynxim.domain.favorite.Tags;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.UserId;

class FavoriteServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final UserId carol = app.user("carol");
  private final ConversationId aliceBob = DirectChatId.between(alice, bob);

  private Saved save(UserId user, long seq) {
    return app.saveFavorite.saveMessage(
        user, aliceBob, seq, Optional.of("keep"), new Tags(List.of("t")));
  }

  @Test
  void a_message_the_caller_can_see_is_saved_once_and_its_devices_are_told() {
    app.send(bob, aliceBob, "b1", "the address is 12 Main St");

    Saved first = save(alice, 1);
    Saved again = save(alice, 1);

    assertThat(first.isNew()).isTrue();
    assertThat(again).isEqualTo(new Saved(first.favorite(), false));
    assertThat(first.favorite().message().orElseThrow().content().text()).contains("Main St");
    assertThat(app.recorded.notices)
        .containsOnlyOnce(
            new Notice(alice, new AccountNotice.FavoritesChanged(first.favorite().id())));
    assertThatThrownBy(() -> save(carol, 1)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> save(alice, 7)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_recall_empties_the_snapshot_an_edit_leaves_it() {
    app.send(bob, aliceBob, "b1", "first words");
    app.send(bob, aliceBob, "b2", "second words");
    save(alice, 1);
    save(alice, 2);

    app.editMessage.edit(
        bob, aliceBob, 1, org.lynxim.domain.conversation.MessageContent.of("changed"));
    app.recall.recall(bob, aliceBob, 2);

    var page =
        app.listFavorites.favorites(
            alice,
            new FavoriteQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10));
    assertThat(page.favorites())
        .extracting(f -> f.message().orElseThrow().content().text())
        .containsExactlyInAnyOrder("first words", "");
  }

  @Test
  void notes_are_changed_and_deleted_by_their_owner_only() {
    Saved note =
        app.saveFavorite.saveNote(alice, Optional.of("Ideas"), Optional.empty(), Tags.NONE);

    var changed =
        app.changeFavorite.change(
            alice,
            note.favorite().id(),
            new FavoriteChange(
                Optional.of(new Tags(List.of("a", "a", "b"))),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Optional.of("buy milk"))));

    assertThat(changed.tags().values()).containsExactly("a", "b");
    assertThat(changed.content()).contains("buy milk");
    assertThat(app.favoriteTags.tags(alice)).hasSize(2);
    assertThatThrownBy(() -> app.changeFavorite.delete(bob, note.favorite().id()))
        .isInstanceOf(NotFoundException.class);
    app.changeFavorite.delete(alice, note.favorite().id());
    assertThatThrownBy(
            () ->
                app.changeFavorite.change(
                    alice,
                    note.favorite().id(),
                    new FavoriteChange(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> app.saveFavorite.saveNote(alice, Optional.empty(), Optional.empty(), Tags.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
