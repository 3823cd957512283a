package org.lynxim.application.contract;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.application.fixtures.InMemoryBlocks;
import org.lynxim.application.fixtures.InMemoryFriendships;
import org.lynxim.application.fixtures.InMemoryGroupStore;
import org.lynxim.application.fixtures.InMemoryInboxStore;
import org.lynxim.application.fixtures.InMemoryMessageStore;
import org.lynxim.application.fixtures.InMemoryPushTokens;
import org.lynxim.application.fixtures.InMemoryReadPositions;
import org.lynxim.application.fixtures.InMemoryRelations;
import org.lynxim.application.fixtures.InMemoryUserAccounts;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.Message;

/** The in-memory fixtures keep the same contracts as the real stores, or the tests lie. */
class InMemoryContractsTest {
  @Nested
  class Messages extends MessageStoreContract {
    @Override
    protected MessageStore newStore() {
      return new InMemoryMessageStore();
    }
  }

  @Nested
  class Positions extends ReadPositionsContract {
    @Override
    protected ReadPositions newPositions() {
      return new InMemoryReadPositions();
    }
  }

  @Nested
  class Accounts extends UserAccountsContract {
    @Override
    protected UserAccounts newAccounts() {
      return new InMemoryUserAccounts();
    }
  }

  @Nested
  class ProfilesAndSettings extends ProfilesAndSettingsContract {
    @Override
    @SuppressWarnings("unchecked")
    protected InMemoryUserAccounts newUsers() {
      return new InMemoryUserAccounts();
    }
  }

  @Nested
  class Social extends SocialContract {
    @Override
    protected Stores newStores() {
      InMemoryUserAccounts users = new InMemoryUserAccounts();
      InMemoryBlocks blocks = new InMemoryBlocks();
      InMemoryFriendships friendships = new InMemoryFriendships(users);
      return new Stores(
          users, users, blocks, friendships, new InMemoryRelations(blocks, friendships, users));
    }
  }

  @Nested
  class ConversationSettings extends ConversationSettingsContract {
    @Override
    protected org.lynxim.application.messaging.port.out.ConversationSettingsStore newStore() {
      return new org.lynxim.application.fixtures.InMemoryConversationSettings();
    }
  }

  @Nested
  class Favorites extends FavoritesContract {
    @Override
    protected org.lynxim.application.favorite.port.out.Favorites newFavorites() {
      return new org.lynxim.application.fixtures.InMemoryFavorites();
    }
  }

  @Nested
  class FileBytes extends FileStoreContract {
    private final org.lynxim.application.fixtures.InMemoryFileStore store =
        new org.lynxim.application.fixtures.InMemoryFileStore();

    @Override
    protected org.lynxim.application.file.port.out.FileStore store() {
      return store;
    }

    @Override
    protected long unfinished() {
      return 0;
    }
  }

  @Nested
  class Files extends FileCatalogueContract {
    private final InMemoryMessageStore messages = new InMemoryMessageStore();
    private final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    private final org.lynxim.application.fixtures.InMemoryFileCatalogue catalogue =
        new org.lynxim.application.fixtures.InMemoryFileCatalogue(
            messages, accounts, java.time.Clock.systemUTC());

    @Override
    protected org.lynxim.application.file.port.out.FileCatalogue catalogue() {
      return catalogue;
    }

    @Override
    protected MessageStore messages() {
      return messages;
    }

    @Override
    protected UserAccounts accounts() {
      return accounts;
    }

    @Override
    protected org.lynxim.application.account.port.out.UserProfiles profiles() {
      return accounts;
    }
  }

  @Nested
  class Focus extends DeviceFocusContract {
    @Override
    protected org.lynxim.application.delivery.port.out.DeviceFocus newFocus() {
      return new org.lynxim.application.fixtures.InMemoryDeviceFocus();
    }
  }

  @Nested
  class Calls extends CallStoreContract {
    @Override
    protected org.lynxim.application.call.port.out.CallStore newStore() {
      return new org.lynxim.application.fixtures.InMemoryCallStore();
    }
  }

  @Nested
  class Streams extends StreamBuffersContract {
    @Override
    protected org.lynxim.application.stream.port.out.StreamBuffers newBuffers() {
      return new org.lynxim.application.fixtures.InMemoryStreamBuffers();
    }
  }

  @Nested
  class Leaving extends LeavingUsersContract {
    @Override
    protected org.lynxim.application.presence.port.out.LeavingUsers newLeavingUsers() {
      return new org.lynxim.application.fixtures.InMemoryLeavingUsers();
    }
  }

  @Nested
  class LastSeen extends LastSeenContract {
    @Override
    protected org.lynxim.application.presence.port.out.LastSeenStore newStore(
        UserAccounts accounts) {
      return new org.lynxim.application.fixtures.InMemoryLastSeen();
    }

    @Override
    protected UserAccounts newAccounts() {
      return new InMemoryUserAccounts();
    }
  }

  @Nested
  class Tokens extends PushTokensContract {
    @Override
    protected PushTokens newTokens() {
      return new InMemoryPushTokens();
    }
  }

  @Nested
  class Inboxes extends InboxStoreContract {
    private final InMemoryMessageStore timeline = new InMemoryMessageStore();

    @Override
    protected InboxStore newInboxes() {
      return new InMemoryInboxStore(java.time.Clock.systemUTC(), timeline);
    }

    @Override
    protected void storeMessages(List<Message> messages) {
      timeline.appendAll(messages);
    }
  }

  @Nested
  class Groups extends GroupStoreContract {
    @Override
    protected GroupStore newGroups() {
      return new InMemoryGroupStore();
    }
  }
}
