package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.FavoriteChange;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.favorite.FavoriteKind;
import org.lynxim.domain.favorite.FavoriteQuery;
import org.lynxim.domain.favorite.Tags;
import org.lynxim.domain.user.UserId;

/** What every {@link Favorites} must do. */
public abstract class FavoritesContract {
  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final UserId ann = UserId.of("ann" + run);
  private final UserId bob = UserId.of("bob" + run);
  private final ConversationId chat = DirectChatId.between(ann, bob);
  private int ids;

  protected abstract Favorites newFavorites();

  private FavoriteId nextId() {
    return new FavoriteId("f" + run + (++ids));
  }

  private Message message(long seq, String text) {
    return new Message(
        chat, seq, MsgId.of("m" + seq), bob, MsgType.TEXT, MessageContent.of(text), 1_000 + seq);
  }

  private Favorite saved(long seq, String text, long at, String... tags) {
    return Favorite.ofMessage(
        nextId(),
        ann,
        message(seq, text),
        Optional.of("note " + seq),
        new Tags(List.of(tags)),
        Instant.ofEpochMilli(at));
  }

  private Favorite note(String title, long at, String... tags) {
    return Favorite.ofNote(
        nextId(),
        ann,
        Optional.of(title),
        Optional.of("body of " + title),
        new Tags(List.of(tags)),
        Instant.ofEpochMilli(at));
  }

  private static FavoriteQuery query(
      Optional<String> text, Optional<String> tag, Optional<FavoriteKind> kind, int limit) {
    return new FavoriteQuery(text, tag, kind, Optional.empty(), limit);
  }

  @Test
  void a_message_is_saved_once_per_user_and_read_back_whole() {
    Favorites favorites = newFavorites();
    Favorite first = saved(1, "hello \u00e9", 10, "work", "later");

    Favorites.Saving made = favorites.save(first);
    Favorites.Saving again = favorites.save(saved(1, "hello \u00e9", 20));

    assertThat(made).isEqualTo(new Favorites.Saving(first, true));
    assertThat(again).isEqualTo(new Favorites.Saving(first, false));
    assertThat(favorites.find(ann, first.id())).contains(first);
    assertThat(favorites.find(bob, first.id())).as("someone else's").isEmpty();
  }

  @Test
  void pages_go_newest_first_and_filter_by_text_inside_words_tag_and_kind() {
    Favorites favorites = newFavorites();
    Favorite zebra = saved(1, "a Zebra crossing", 10, "animals");
    Favorite recipe = note("Recipe", 20, "food", "animals");
    Favorite other = saved(2, "nothing here", 30);
    List.of(zebra, recipe, other).forEach(favorites::save);

    Favorites.Page firstPage =
        favorites.page(ann, query(Optional.empty(), Optional.empty(), Optional.empty(), 2));
    Favorites.Page secondPage =
        favorites.page(
            ann,
            new FavoriteQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new FavoriteQuery.Cursor(recipe.createdAt(), recipe.id())),
                2));

    assertThat(firstPage.favorites()).containsExactly(other, recipe);
    assertThat(firstPage.hasMore()).isTrue();
    assertThat(secondPage.favorites()).containsExactly(zebra);
    assertThat(secondPage.hasMore()).isFalse();
    assertThat(
            favorites
                .page(ann, query(Optional.of("eBr"), Optional.empty(), Optional.empty(), 10))
                .favorites())
        .containsExactly(zebra);
    assertThat(
            favorites
                .page(ann, query(Optional.of("BODY OF"), Optional.empty(), Optional.empty(), 10))
                .favorites())
        .containsExactly(recipe);
    assertThat(
            favorites
                .page(ann, query(Optional.empty(), Optional.of("animals"), Optional.empty(), 10))
                .favorites())
        .containsExactly(recipe, zebra);
    assertThat(
            favorites
                .page(
                    ann,
                    query(Optional.empty(), Optional.empty(), Optional.of(FavoriteKind.NOTE), 10))
                .favorites())
        .containsExactly(recipe);
    assertThat(favorites.tags(ann))
        .containsExactly(new Favorites.TagCount("animals", 2), new Favorites.TagCount("food", 1));
  }

  @Test
  void changes_and_deletes_are_kept_and_a_recall_empties_every_snapshot() {
    Favorites favorites = newFavorites();
    Favorite kept = saved(1, "secret", 10, "x");
    favorites.save(kept);
    Favorite changed =
        kept.apply(
            new FavoriteChange(
                Optional.of(new Tags(List.of("y", "z"))),
                Optional.of(Optional.empty()),
                Optional.empty(),
                Optional.empty()));
    favorites.update(changed);
    Favorite gone = note("gone", 20);
    favorites.save(gone);

    favorites.messageRecalled(chat, 1);

    Favorite read = favorites.find(ann, kept.id()).orElseThrow();
    assertThat(read.tags().values()).containsExactly("y", "z");
    assertThat(read.note()).isEmpty();
    assertThat(read.message().orElseThrow().recalled()).isTrue();
    assertThat(read.message().orElseThrow().content().text()).isEmpty();
    assertThat(favorites.delete(ann, gone.id())).isTrue();
    assertThat(favorites.delete(ann, gone.id())).isFalse();
    assertThat(favorites.delete(bob, kept.id())).isFalse();
    assertThat(favorites.tags(ann)).extracting(Favorites.TagCount::tag).containsExactly("y", "z");
  }

  private List<FavoriteId> found(Favorites favorites, String text) {
    return favorites
        .page(ann, query(Optional.of(text), Optional.empty(), Optional.empty(), 50))
        .favorites()
        .stream()
        .map(Favorite::id)
        .toList();
  }

  @Test
  void a_search_finds_what_the_text_holds_now_and_nothing_it_held_before() {
    Favorites favorites = newFavorites();
    Favorite zebra = saved(1, "Zebras and 🦓 emoji, 斑马", 10);
    Favorite ordered = note("grape soda", 20);
    Favorite unordered = note("soda grape", 30);
    Favorite recalled = saved(2, "password hunter2", 40);
    List.of(zebra, ordered, unordered, recalled).forEach(favorites::save);

    assertThat(found(favorites, "eBr")).containsExactly(zebra.id());
    assertThat(found(favorites, "🦓 e")).containsExactly(zebra.id());
    assertThat(found(favorites, "斑马")).containsExactly(zebra.id());
    assertThat(found(favorites, "e so"))
        .as("all of the query's trigrams, and in the query's order")
        .containsExactly(ordered.id());
    assertThat(found(favorites, "hunter2")).containsExactly(recalled.id());

    favorites.messageRecalled(chat, 2);
    Favorite renamed =
        ordered.apply(
            new FavoriteChange(
                Optional.empty(),
                Optional.empty(),
                Optional.of(Optional.of("lemonade")),
                Optional.of(Optional.of("sour"))));
    favorites.update(renamed);
    favorites.delete(ann, unordered.id());

    assertThat(found(favorites, "hunter2")).isEmpty();
    assertThat(found(favorites, "grape")).isEmpty();
    assertThat(found(favorites, "monad")).containsExactly(renamed.id());
    assertThat(found(favorites, "ou")).as("shorter than a trigram").containsExactly(renamed.id());
  }
}
