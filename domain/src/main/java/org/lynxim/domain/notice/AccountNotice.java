package org.lynxim.domain.notice;

import java.util.Objects;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

/** A change to a user's own account, told to all of the user's online devices (notice, cmd 7). */
public sealed interface AccountNotice {

  /** The user blocked or unblocked another user. */
  record BlockChanged(UserId user, boolean blocked) implements AccountNotice {
    public BlockChanged {
      Objects.requireNonNull(user, "user");
    }
  }

  /** The user's settings changed; they are all given. */
  record SettingsChanged(UserSettings settings) implements AccountNotice {
    public SettingsChanged {
      Objects.requireNonNull(settings, "settings");
    }
  }

  /** Someone asked the user to become friends ({@code friend_request}, to the addressee). */
  record FriendRequestReceived(FriendRequest request) implements AccountNotice {
    public FriendRequestReceived {
      Objects.requireNonNull(request, "request");
    }
  }

  /** The user's request was accepted or rejected ({@code friend_request_answered}). */
  record FriendRequestAnswered(FriendRequest request) implements AccountNotice {
    public FriendRequestAnswered {
      Objects.requireNonNull(request, "request");
    }
  }

  /** The user and {@code friend} became friends ({@code friend_added}, to both). */
  record FriendAdded(UserId friend) implements AccountNotice {
    public FriendAdded {
      Objects.requireNonNull(friend, "friend");
    }
  }

  /** The user changed its settings for a conversation; they are all given. */
  record ConversationSettingsChanged(ConversationId conversation, ConversationSettings settings)
      implements AccountNotice {
    public ConversationSettingsChanged {
      Objects.requireNonNull(conversation, "conversation");
      Objects.requireNonNull(settings, "settings");
    }
  }

  /** The user deleted a conversation for itself up to {@code clearedSeq}. */
  record ConversationCleared(ConversationId conversation, long clearedSeq)
      implements AccountNotice {
    public ConversationCleared {
      Objects.requireNonNull(conversation, "conversation");
    }
  }

  /** One of the user's favorites was saved, changed or deleted. */
  record FavoritesChanged(FavoriteId favorite) implements AccountNotice {
    public FavoritesChanged {
      Objects.requireNonNull(favorite, "favorite");
    }
  }

  /** The user and {@code friend} are friends no more ({@code friend_removed}, to both). */
  record FriendRemoved(UserId friend) implements AccountNotice {
    public FriendRemoved {
      Objects.requireNonNull(friend, "friend");
    }
  }
}
