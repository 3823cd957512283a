package org.lynxim.domain.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * A passing signal, for the online devices of those it concerns: never stored, lost by a device
 * that is offline (typing cmd 21, read receipt cmd 22, presence cmd 23, stream chunk cmd 24, call
 * event cmd 25).
 */
public sealed interface Signal {

  /** {@code user} started or stopped typing in the conversation. */
  record Typing(ConversationId conversation, UserId user, boolean typing) implements Signal {
    public Typing {
      Objects.requireNonNull(conversation, "conversation");
      Objects.requireNonNull(user, "user");
    }
  }

  /** {@code user} read the direct conversation up to {@code position}. */
  record ReadReceipt(ConversationId conversation, UserId user, ReadPosition position)
      implements Signal {
    public ReadReceipt {
      Objects.requireNonNull(conversation, "conversation");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(position, "position");
    }
  }

  /**
   * {@code user} came online (its first device connected) or went offline (its last device left, at
   * {@code lastSeen}).
   */
  record PresenceChanged(UserId user, boolean online, Optional<Instant> lastSeen)
      implements Signal {
    public PresenceChanged {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(lastSeen, "lastSeen");
    }
  }

  /** The chunk {@code index} of the open stream at {@code seq}. */
  record StreamChunk(ConversationId conversation, long seq, long index, String delta)
      implements Signal {
    public StreamChunk {
      Objects.requireNonNull(conversation, "conversation");
      Objects.requireNonNull(delta, "delta");
    }
  }

  /**
   * An action of a call (cmd 25), from a party's device or from the server ({@code from} empty); an
   * invite carries its media, session data its {@code sdp} or {@code candidate} (the client's JSON,
   * relayed as it came).
   */
  record CallSignal(
      CallId call,
      CallAction action,
      DirectChatId conversation,
      Optional<UserDevice> from,
      Optional<CallMedia> media,
      Optional<String> sdp,
      Optional<String> candidate)
      implements Signal {
    public CallSignal {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(conversation, "conversation");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(media, "media");
      Objects.requireNonNull(sdp, "sdp");
      Objects.requireNonNull(candidate, "candidate");
    }
  }
}
