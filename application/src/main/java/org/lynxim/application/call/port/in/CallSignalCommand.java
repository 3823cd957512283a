package org.lynxim.application.call.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.ConversationId;

/**
 * A call frame (cmd 17) as the client sent it: an invite names its conversation and media, every
 * other action its call; session data carries an {@code sdp} or a {@code candidate} (JSON text).
 */
public record CallSignalCommand(
    CallAction action,
    Optional<CallId> call,
    Optional<ConversationId> conversation,
    Optional<CallMedia> media,
    Optional<String> sdp,
    Optional<String> candidate) {
  public CallSignalCommand {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(sdp, "sdp");
    Objects.requireNonNull(candidate, "candidate");
    if (action == CallAction.INVITE && (conversation.isEmpty() || media.isEmpty())) {
      throw new IllegalArgumentException("an invite needs conversation_id and media");
    }
    if (action != CallAction.INVITE && call.isEmpty()) {
      throw new IllegalArgumentException("call_id is required");
    }
  }
}
