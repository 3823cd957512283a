package org.lynxim.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.fixtures.InMemoryBlocks;
import org.lynxim.application.fixtures.InMemoryFriendships;
import org.lynxim.application.fixtures.InMemoryRelations;
import org.lynxim.application.fixtures.InMemoryUserAccounts;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.application.social.port.out.Friendships;
import org.lynxim.domain.social.BlockStatus;
import org.lynxim.domain.social.FriendRequest;
import org.lynxim.domain.social.FriendRequestId;
import org.lynxim.domain.social.FriendRequestStatus;
import org.lynxim.domain.user.DirectMessages;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserSettings;

class RememberedRelationsTest {
  private final UserId ann = UserId.of("ann");
  private final UserId bob = UserId.of("bob");
  private final InMemoryUserAccounts users = new InMemoryUserAccounts();
  private final InMemoryBlocks blockStore = new InMemoryBlocks();
  private final InMemoryFriendships friendStore = new InMemoryFriendships(users);
  private final RememberedRelations relations =
      new RememberedRelations(new InMemoryRelations(blockStore, friendStore, users), 100);
  private final Blocks blocks = relations.watching((Blocks) blockStore);
  private final Friendships friendships = relations.watching((Friendships) friendStore);
  private final UserSettingsStore settings = relations.watching((UserSettingsStore) users);

  RememberedRelationsTest() {
    users.add(new UserAccount(ann, "hash", Optional.empty()));
    users.add(new UserAccount(bob, "hash", Optional.empty()));
  }

  @Test
  void a_remembered_standing_is_forgotten_by_every_change_that_moves_it() {
    assertThat(relations.standing(ann, bob).blocks()).isEqualTo(BlockStatus.NONE);

    blocks.block(bob, ann, Instant.EPOCH);
    assertThat(relations.standing(ann, bob).blocks()).isEqualTo(BlockStatus.BLOCKED_BY_PEER);
    blocks.unblock(bob, ann);
    assertThat(relations.standing(ann, bob).blocks()).isEqualTo(BlockStatus.NONE);

    settings.save(bob, new UserSettings(DirectMessages.FRIENDS, true, true));
    assertThat(relations.standing(ann, bob).peerTakes()).isEqualTo(DirectMessages.FRIENDS);

    FriendRequest asked =
        FriendRequest.open(FriendRequestId.of("r1"), ann, bob, Optional.empty(), Instant.EPOCH);
    friendships.open(asked);
    friendships.answer(asked.withStatus(FriendRequestStatus.ACCEPTED), Instant.EPOCH);
    assertThat(relations.standing(ann, bob).friends()).isTrue();
    friendships.unfriend(bob, ann);
    assertThat(relations.standing(ann, bob).friends()).isFalse();
  }

  @Test
  void what_does_not_go_through_the_watched_stores_is_not_seen_until_forgotten() {
    assertThat(relations.standing(ann, bob).blocks()).isEqualTo(BlockStatus.NONE);

    blockStore.block(bob, ann, Instant.EPOCH);

    assertThat(relations.standing(ann, bob).blocks())
        .as("remembered: a single process makes its changes through the watched stores")
        .isEqualTo(BlockStatus.NONE);
  }
}
