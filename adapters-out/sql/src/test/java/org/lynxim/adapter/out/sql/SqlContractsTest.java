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

/** Every SQL port under its contract, on H2, MariaDB and PostgreSQL. */
class SqlContractsTest {

  /**
   * Every contract on one database; the nested classes below run them all on H2, MariaDB and
   * PostgreSQL.
   */
  abstract static class OnDatabase {
    abstract SqlDatabase database();

    @Nested
    class Messages extends MessageStoreContract {
      @Override
      protected MessageStore newStore() {
        return database().messageStore();
      }
    }

    @Nested
    class Positions extends ReadPositionsContract {
      @Override
      protected ReadPositions newPositions() {
        return database().readPositions();
      }
    }

    @Nested
    class Accounts extends UserAccountsContract {
      @Override
      protected UserAccounts newAccounts() {
        return database().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class ProfilesAndSettings extends ProfilesAndSettingsContract {
      @Override
      @SuppressWarnings("unchecked")
      protected JpaUserAccounts newUsers() {
        return database().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class Tokens extends PushTokensContract {
      @Override
      protected PushTokens newTokens() {
        return database().pushTokens(Clock.systemUTC());
      }
    }

    @Nested
    class Social extends SocialContract {
      @Override
      protected Stores newStores() {
        return socialOf(database());
      }
    }

    @Nested
    class ConversationSettings extends ConversationSettingsContract {
      @Override
      protected ConversationSettingsStore newStore() {
        return database().conversationSettings();
      }
    }

    @Nested
    class Favorites extends FavoritesContract {
      @Override
      protected org.lynxim.application.favorite.port.out.Favorites newFavorites() {
        return database().favorites();
      }
    }

    @Nested
    class LastSeen extends LastSeenContract {
      @Override
      protected LastSeenStore newStore(UserAccounts accounts) {
        return database().lastSeen();
      }

      @Override
      protected UserAccounts newAccounts() {
        return database().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class Inboxes extends InboxStoreContract {
      @Override
      protected InboxStore newInboxes() {
        return database().inboxStore(Clock.systemUTC());
      }

      @Override
      protected void storeMessages(List<Message> messages) {
        database().messageStore().appendAll(messages);
      }
    }

    @Nested
    class Groups extends GroupStoreContract {
      @Override
      protected GroupStore newGroups() {
        return database().groupStore(Clock.systemUTC());
      }

      @Override
      protected void register(UserId... users) {
        registerIn(database(), users);
      }
    }

    @Nested
    class Files extends FileCatalogueContract {
      @Override
      protected FileCatalogue catalogue() {
        return database().fileCatalogue(Clock.systemUTC());
      }

      @Override
      protected MessageStore messages() {
        return database().messageStore();
      }

      @Override
      protected UserAccounts accounts() {
        return database().userAccounts(Clock.systemUTC());
      }

      @Override
      protected UserProfiles profiles() {
        return database().userAccounts(Clock.systemUTC());
      }
    }

    @Nested
    class FileBytes extends FileStoreContract {
      private final SqlChunkFileStore store =
          database().chunkFileStore(Clock.systemUTC(), 64 * 1024);

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
  class OnH2 extends OnDatabase {
    @Override
    SqlDatabase database() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class OnMariaDb extends OnDatabase {
    @Override
    SqlDatabase database() {
      return TestDatabases.mariadb();
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    @Override
    SqlDatabase database() {
      return TestDatabases.postgresql();
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
