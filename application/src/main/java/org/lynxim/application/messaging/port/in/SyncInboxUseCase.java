package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.conversation.SyncCursor;
import org.lynxim.domain.conversation.SyncPage;
import org.lynxim.domain.user.UserId;

/**
 * Reads the user's inbox after a cursor: everything new in all their direct chats and small groups
 * in one ordered stream. A cursor outside what the inbox holds answers a reset.
 */
public interface SyncInboxUseCase {
  SyncPage sync(UserId user, SyncCursor cursor);
}
