package org.lynxim.application.messaging.port.in;

import java.util.List;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.user.UserId;

/** Who is in a conversation, for the features that act in conversations beside messaging. */
public interface ParticipationUseCase {

  /**
   * The user's place in the conversation as an active member.
   *
   * @throws org.lynxim.domain.error.NotFoundException no such conversation
   * @throws org.lynxim.domain.error.ForbiddenException {@code not_member}
   * @throws org.lynxim.domain.error.GoneException a dissolved group
   */
  Participation require(UserId user, ConversationId conversation);

  /** The conversation's members now, for what the server does on its own; empty when none. */
  List<UserId> members(ConversationId conversation);
}
