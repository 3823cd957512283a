package org.lynxim.application.favorite.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.favorite.port.in.SaveFavoriteUseCase;
import org.lynxim.application.favorite.port.out.Favorites;
import org.lynxim.application.messaging.port.in.ReadMessageUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.favorite.Favorite;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.favorite.Tags;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.user.UserId;

/** Makes the favorite (reading the message as the caller sees it), stores it, tells the caller. */
public final class SaveFavoriteService implements SaveFavoriteUseCase {
  private final ReadMessageUseCase messages;
  private final Favorites favorites;
  private final NotifyAccountUseCase notify;
  private final Clock clock;
  private final RandomGenerator random;

  public SaveFavoriteService(
      ReadMessageUseCase messages,
      Favorites favorites,
      NotifyAccountUseCase notify,
      Clock clock,
      RandomGenerator random) {
    this.messages = messages;
    this.favorites = favorites;
    this.notify = notify;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public Saved saveMessage(
      UserId user, ConversationId conversation, long seq, Optional<String> note, Tags tags) {
    Favorite fresh =
        Favorite.ofMessage(
            FavoriteId.generate(random), user, read(user, conversation, seq), note, tags, now());
    return store(fresh);
  }

  @Override
  public Saved saveNote(UserId user, Optional<String> title, Optional<String> content, Tags tags) {
    return store(Favorite.ofNote(FavoriteId.generate(random), user, title, content, tags, now()));
  }

  private Message read(UserId user, ConversationId conversation, long seq) {
    return messages.message(user, conversation, seq);
  }

  private Saved store(Favorite fresh) {
    Favorites.Saving saving = favorites.save(fresh);
    if (saving.isNew()) {
      notify.notify(fresh.owner(), new AccountNotice.FavoritesChanged(saving.favorite().id()));
    }
    return new Saved(saving.favorite(), saving.isNew());
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }
}
