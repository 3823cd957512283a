package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.social.Block;

/** A user the caller blocks, and since when (epoch ms). */
public record BlockBody(String userId, long since) {

  public static BlockBody from(Block block) {
    return new BlockBody(block.user().value(), block.since().toEpochMilli());
  }

  /** {@code GET /api/v1/blocks}. */
  public record Blocks(List<BlockBody> blocks) {
    public static Blocks from(List<Block> blocks) {
      return new Blocks(blocks.stream().map(BlockBody::from).toList());
    }
  }
}
