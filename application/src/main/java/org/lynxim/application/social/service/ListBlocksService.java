package org.lynxim.application.social.service;

import java.util.List;
import org.lynxim.application.social.port.in.ListBlocksUseCase;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.domain.social.Block;
import org.lynxim.domain.user.UserId;

/** Lists the caller's blocks. */
public final class ListBlocksService implements ListBlocksUseCase {
  private final Blocks blocks;

  public ListBlocksService(Blocks blocks) {
    this.blocks = blocks;
  }

  @Override
  public List<Block> blocks(UserId actor) {
    return blocks.blocksOf(actor);
  }
}
