package org.lynxim.application.messaging.port.in;

import java.util.Collection;
import java.util.Optional;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.SystemEvent;
import org.lynxim.domain.user.UserId;

/**
 * Appends a system message (msg_type 100) to a conversation through its writer, like a send: it
 * takes the next seq, enters the inboxes, and moves the actor's read position. Once stored it is
 * pushed to every device of the recipients, the acting device included. Waits until it is stored.
 *
 * @throws org.lynxim.application.common.StoreUnavailableException storage is down (503; the
 *     caller's change may be retried)
 */
public interface AppendSystemMessageUseCase {
  Message append(
      UserId actor, ConversationId conversation, SystemEvent event, Collection<UserId> recipients);

  /**
   * Appends the system message with the change it announces, both stored in one transaction by the
   * conversation's writer; empty when the change no longer applies by then (its target was recalled
   * meanwhile), and then nothing is stored or told.
   */
  Optional<Message> amend(
      UserId actor,
      ConversationId conversation,
      SystemEvent event,
      Amendment amendment,
      Collection<UserId> recipients);
}
