package org.lynxim.adapter.out.memory;

import org.lynxim.application.contract.BlocksContract;
import org.lynxim.application.fixtures.InMemoryBlocks;
import org.lynxim.application.social.port.out.Blocks;

/** The cache in front of the block list keeps every rule of the store. */
class RememberedBlocksTest extends BlocksContract {

  @Override
  protected Blocks newBlocks() {
    return new RememberedBlocks(new InMemoryBlocks(), 1000);
  }
}
