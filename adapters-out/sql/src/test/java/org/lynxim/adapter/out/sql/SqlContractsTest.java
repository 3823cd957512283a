package org.lynxim.adapter.out.sql;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.account.port.out.UserProfiles;
import org.lynxim.application.contract.ConversationSettingsContract;
import org.lynxim.application.contract.FavoritesContract;
import org.lynxim.application.contract.FileCatalogueContract;
import org.lynxim.application.contract.FileStoreContract;
import org.lynxim.application.contract.GroupStoreContract;
import org.lynxim.application.contract.InboxStoreContract;
import org.lynxim.application.contract.LastSeenContract;
import org.lynxim.application.contract.MessageStoreContract;
import org.lynxim.application.contract.ProfilesAndSettingsContract;
import org.lynxim.application.contract.PushTokensContract;
import org.lynxim.application.contract.ReadPositionsContract;
import org.lynxim.application.contract.SocialContract;
import org.lynxim.application.contract.UserAccountsContract;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.application.presence.port.out.LastSeenStore;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/** Every SQL port under its contract, on H2 and on MariaDB. */
class SqlContractsTest {

  @Nested
  class OnH2 {
    @Nested
    class Messages extends MessageStoreContract {
      @Override
      protected MessageStore newStore() {
        return TestDatabases.h2().messageStore();
      }
    }

    @Nested
    class Positions extends ReadPositionsContract {
      @Override
      protected ReadPositions newPositions() {
        return TestDatabases.h2().readPositions();
      }
    }

    @Nested
    class Accounts extends UserAccountsContract {
      @Override
      protected UserAccounts newAccounts() {
        return TestDatabases.h2().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class ProfilesAndSettings extends ProfilesAndSettingsContract {
      @Override
      @SuppressWarnings("unchecked")
      protected JpaUserAccounts newUsers() {
        return TestDatabases.h2().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class Tokens extends PushTokensContract {
      @Override
      protected PushTokens newTokens() {
        return TestDatabases.h2().pushTokens(Clock.systemUTC());
      }
    }

    @Nested
    class Social extends SocialContract {
      @Override
      protected Stores newStores() {
        return socialOf(TestDatabases.h2());
      }
    }

    @Nested
    class ConversationSettings extends ConversationSettingsContract {
      @Override
      protected ConversationSettingsStore newStore() {
        return TestDatabases.h2().conversationSettings();
      }
    }

    @Nested
    class Favorites extends FavoritesContract {
      @Override
      protected org.lynxim.application.favorite.port.out.Favorites newFavorites() {
        return TestDatabases.h2().favorites();
      }
    }

    @Nested
    class LastSeen extends LastSeenContract {
      @Override
      protected LastSeenStore newStore(UserAccounts accounts) {
        return TestDatabases.h2().lastSeen();
      }

      @Override
      protected UserAccounts newAccounts() {
        return TestDatabases.h2().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class Inboxes extends InboxStoreContract {
      @Override
      protected InboxStore newInboxes() {
        return TestDatabases.h2().inboxStore(Clock.systemUTC());
      }

      @Override
      protected void storeMessages(List<Message> messages) {
        TestDatabases.h2().messageStore().appendAll(messages);
      }
    }

    @Nested
    class Groups extends GroupStoreContract {
      @Override
      protected GroupStore newGroups() {
        return TestDatabases.h2().groupStore(Clock.systemUTC());
      }

      @Override
      protected void register(UserId... users) {
        registerIn(TestDatabases.h2(), users);
      }
    }

    @Nested
    class Files extends FileCatalogueContract {
      @Override
      protected FileCatalogue catalogue() {
        return TestDatabases.h2().fileCatalogue(Clock.systemUTC());
      }

      @Override
      protected MessageStore messages() {
        return TestDatabases.h2().messageStore();
      }

      @Override
      protected UserAccounts accounts() {
        return TestDatabases.h2().userAccounts(Clock.systemUTC());
      }

      @Override
      protected UserProfiles profiles() {
        return TestDatabases.h2().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class FileBytes extends FileStoreContract {
      private final SqlChunkFileStore store =
          TestDatabases.h2().chunkFileStore(Clock.systemUTC(), 64 * 1024);

      @Override
      protected FileStore store() {
        return store;
      }

      @Override
      protected long unfinished() {
        return store.unfinishedUploads();
      }
    }
  }

  @Nested
  class OnMariaDb {
    @Nested
    class Messages extends MessageStoreContract {
      @Override
      protected MessageStore newStore() {
        return TestDatabases.mariadb().messageStore();
      }
    }

    @Nested
    class Positions extends ReadPositionsContract {
      @Override
      protected ReadPositions newPositions() {
        return TestDatabases.mariadb().readPositions();
      }
    }

    @Nested
    class Accounts extends UserAccountsContract {
      @Override
      protected UserAccounts newAccounts() {
        return TestDatabases.mariadb().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class ProfilesAndSettings extends ProfilesAndSettingsContract {
      @Override
      @SuppressWarnings("unchecked")
      protected JpaUserAccounts newUsers() {
        return TestDatabases.mariadb().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class Tokens extends PushTokensContract {
      @Override
      protected PushTokens newTokens() {
        return TestDatabases.mariadb().pushTokens(Clock.systemUTC());
      }
    }

    @Nested
    class Social extends SocialContract {
      @Override
      protected Stores newStores() {
        return socialOf(TestDatabases.mariadb());
      }
    }

    @Nested
    class ConversationSettings extends ConversationSettingsContract {
      @Override
      protected ConversationSettingsStore newStore() {
        return TestDatabases.mariadb().conversationSettings();
      }
    }

    @Nested
    class Favorites extends FavoritesContract {
      @Override
      protected org.lynxim.application.favorite.port.out.Favorites newFavorites() {
        return TestDatabases.mariadb().favorites();
      }
    }

    @Nested
    class LastSeen extends LastSeenContract {
      @Override
      protected LastSeenStore newStore(UserAccounts accounts) {
        return TestDatabases.mariadb().lastSeen();
      }

      @Override
      protected UserAccounts newAccounts() {
        return TestDatabases.mariadb().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class Inboxes extends InboxStoreContract {
      @Override
      protected InboxStore newInboxes() {
        return TestDatabases.mariadb().inboxStore(Clock.systemUTC());
      }

      @Override
      protected void storeMessages(List<Message> messages) {
        TestDatabases.mariadb().messageStore().appendAll(messages);
      }
    }

    @Nested
    class Groups extends GroupStoreContract {
      @Override
      protected GroupStore newGroups() {
        return TestDatabases.mariadb().groupStore(Clock.systemUTC());
      }

      @Override
      protected void register(UserId... users) {
        registerIn(TestDatabases.mariadb(), users);
      }
    }

    @Nested
    class Files extends FileCatalogueContract {
      @Override
      protected FileCatalogue catalogue() {
        return TestDatabases.mariadb().fileCatalogue(Clock.systemUTC());
      }

      @Override
      protected MessageStore messages() {
        return TestDatabases.mariadb().messageStore();
      }

      @Override
      protected UserAccounts accounts() {
        return TestDatabases.mariadb().userAccounts(Clock.systemUTC());
      }

      @Override
      protected UserProfiles profiles() {
        return TestDatabases.mariadb().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class FileBytes extends FileStoreContract {
      private final SqlChunkFileStore store =
          TestDatabases.mariadb().chunkFileStore(Clock.systemUTC(), 64 * 1024);

      @Override
      protected FileStore store() {
        return store;
      }

      @Override
      protected long unfinished() {
        return store.unfinishedUploads();
      }
    }
  }

  private static SocialContract.Stores socialOf(SqlDatabase database) {
    JpaUserAccounts users = database.userAccounts(Clock.systemUTC());
    return new SocialContract.Stores(
        users, users, database.blocks(), database.friendships(), database.relations());
  }

  private static void registerIn(SqlDatabase database, UserId... users) {
    for (UserId user : users) {
      database.userAccounts(Clock.systemUTC()).add(new UserAccount(user, "hash", Optional.empty()));
    }
  }
}
