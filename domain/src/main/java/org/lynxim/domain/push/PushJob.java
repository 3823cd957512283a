package org.lynxim.domain.push;

import java.util.Objects;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.user.UserId;

/**
 * What may wake someone's devices, queued where a crash does not lose it: a stored message (read
 * again when delivered, so a recall in between is honoured), or a call invite.
 */
public sealed interface PushJob {

  /** The message at {@code seq}: its conversation's members may be woken. */
  record ForMessage(ConversationId conversation, long seq) implements PushJob {
    public ForMessage {
      Objects.requireNonNull(conversation, "conversation");
      if (seq < 1) {
        throw new IllegalArgumentException("seq must be 1 or more");
      }
    }
  }

  /** An invite: the callee may be woken ("Incoming call"). */
  record ForCallInvite(
      CallId call, DirectChatId conversation, UserId caller, CallMedia media, long invitedAt)
      implements PushJob {
    public ForCallInvite {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(conversation, "conversation");
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(media, "media");
    }

    public UserId callee() {
      return conversation.peerOf(caller);
    }
  }
}
