package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.domain.social.BlockStatus;
import org.lynxim.domain.user.UserId;

/** What every {@link Blocks} must do. */
public abstract class BlocksContract {
  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final UserId ann = UserId.of("ann" + run);
  private final UserId bob = UserId.of("bob" + run);
  private final UserId cat = UserId.of("cat" + run);
  private final Instant first = Instant.parse("2026-12-01T10:00:00.123Z");

  protected abstract Blocks newBlocks();

  @Test
  void a_block_is_seen_from_both_sides_and_blocking_again_keeps_the_first_time() {
    Blocks blocks = newBlocks();

    Blocks.Blocking made = blocks.block(ann, bob, first);
    Blocks.Blocking again = blocks.block(ann, bob, first.plusSeconds(60));

    assertThat(made.isNew()).isTrue();
    assertThat(again.isNew()).isFalse();
    assertThat(again.block().since()).isEqualTo(first);
    assertThat(blocks.between(ann, bob)).isEqualTo(BlockStatus.YOU_BLOCKED);
    assertThat(blocks.between(bob, ann)).isEqualTo(BlockStatus.BLOCKED_BY_PEER);
    assertThat(blocks.between(ann, cat)).isEqualTo(BlockStatus.NONE);
  }

  @Test
  void both_may_block_each_other_and_each_sees_its_own_block_first() {
    Blocks blocks = newBlocks();
    blocks.block(ann, bob, first);
    blocks.block(bob, ann, first);

    assertThat(blocks.between(ann, bob)).isEqualTo(BlockStatus.YOU_BLOCKED);
    assertThat(blocks.between(bob, ann)).isEqualTo(BlockStatus.YOU_BLOCKED);
  }

  @Test
  void a_lifted_block_is_gone_and_lifting_none_says_so() {
    Blocks blocks = newBlocks();
    blocks.block(ann, cat, first);
    blocks.block(ann, bob, first);

    assertThat(blocks.unblock(ann, cat)).isTrue();
    assertThat(blocks.unblock(ann, cat)).isFalse();
    assertThat(blocks.blocksOf(ann)).extracting(block -> block.user()).containsExactly(bob);
    assertThat(blocks.between(cat, ann)).isEqualTo(BlockStatus.NONE);
  }
}
