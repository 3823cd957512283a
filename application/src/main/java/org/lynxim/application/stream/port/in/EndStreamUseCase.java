package org.lynxim.application.stream.port.in;

import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Ends a stream (cmd 15) with {@code content}, or with its chunks joined when there is none; a
 * {@code message_updated} system message is stored with the end and tells the members.
 *
 * @return the final message
 * @throws org.lynxim.domain.error.NotFoundException no such message the caller can see
 * @throws IllegalArgumentException the message is not a stream
 * @throws org.lynxim.domain.error.ForbiddenException not its sender
 * @throws org.lynxim.domain.error.ConflictException {@code ended}
 * @throws org.lynxim.domain.error.ContentTooLargeException past the stream limit
 */
public interface EndStreamUseCase {
  Message end(UserId actor, ConversationId conversation, long seq, Optional<String> content);
}
