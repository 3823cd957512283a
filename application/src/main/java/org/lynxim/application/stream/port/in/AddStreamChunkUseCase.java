package org.lynxim.application.stream.port.in;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * Adds a chunk to an open stream (cmd 14) and relays it at once to the members' online devices but
 * the sending one (cmd 24). A repeated index changes nothing and is answered as accepted.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such message the caller can see
 * @throws IllegalArgumentException the message is not a stream; {@code chunk_gap}
 * @throws org.lynxim.domain.error.ForbiddenException not its sender
 * @throws org.lynxim.domain.error.ConflictException {@code ended}
 * @throws org.lynxim.domain.error.ContentTooLargeException past the stream limit
 */
public interface AddStreamChunkUseCase {
  void add(
      UserId actor,
      DeviceId device,
      ConversationId conversation,
      long seq,
      long index,
      String delta);
}
