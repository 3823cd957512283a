package org.lynxim.application.social.port.in;

import java.util.List;
import org.lynxim.domain.social.Block;
import org.lynxim.domain.user.UserId;

/** The users the caller blocks, by user id. */
public interface ListBlocksUseCase {
  List<Block> blocks(UserId actor);
}
