package org.lynxim.application.messaging.port.in;

import java.util.concurrent.CompletableFuture;
import org.lynxim.domain.conversation.SendResult;

/**
 * Sends a message to a direct or group conversation.
 *
 * <p>Checks the send at once (the exceptions below are thrown by this call), then queues it: the
 * returned future completes only once the message is durably stored, or fails with {@link
 * org.lynxim.application.common.StoreUnavailableException}. Idempotent on (conversation, sender,
 * msg_id): a repeated key, also concurrently and across restarts, stores nothing and answers the
 * first message with {@code duplicate = true}. Messages of one conversation get seqs in the order
 * they are stored, and sends made one after the other by one caller get increasing seqs. Moves the
 * sender's own read position to the new seq, and pushes the message to every online device of every
 * member except the sending device.
 *
 * @throws org.lynxim.domain.error.NotFoundException no such group, or no such user in a direct chat
 * @throws org.lynxim.domain.error.ForbiddenException the sender is not a member ({@code
 *     not_member}), or either user of a direct chat blocked the other ({@code you_blocked}, {@code
 *     blocked_by_peer}; a msg_id stored before the block still answers its duplicate)
 * @throws org.lynxim.domain.error.RateLimitedException the device sends too fast (nothing stored)
 */
public interface SendMessageUseCase {
  CompletableFuture<SendResult> send(SendMessageCommand command);
}
