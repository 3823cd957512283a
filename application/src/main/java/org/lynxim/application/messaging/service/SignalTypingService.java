package org.lynxim.application.messaging.service;

import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.messaging.port.in.SignalTypingUseCase;
import org.lynxim.application.messaging.port.out.TypingThrottle;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Diffusion;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.social.BlockStatus;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Checks the conversation as a pull does, then relays the typing state unless a rule drops it. */
public final class SignalTypingService implements SignalTypingUseCase {
  private final ConversationMembership membership;
  private final Relations relations;
  private final TypingThrottle throttle;
  private final RelaySignalUseCase relay;
  private final int inboxMaxMembers;

  public SignalTypingService(
      ConversationMembership membership,
      Relations relations,
      TypingThrottle throttle,
      RelaySignalUseCase relay,
      int inboxMaxMembers) {
    this.membership = membership;
    this.relations = relations;
    this.throttle = throttle;
    this.relay = relay;
    this.inboxMaxMembers = inboxMaxMembers;
  }

  @Override
  public void typing(UserId user, DeviceId device, ConversationId conversation, boolean typing) {
    Participation participation = membership.require(user, conversation);
    if (Diffusion.of(conversation, participation.members().size(), inboxMaxMembers)
        != Diffusion.INBOX) {
      return;
    }
    if (!throttle.mayRelay(user, device, conversation)) {
      return;
    }
    if (conversation instanceof DirectChatId direct
        && relations.standing(user, direct.peerOf(user)).blocks() != BlockStatus.NONE) {
      return;
    }
    relay.relay(
        participation.members().stream().filter(member -> !member.equals(user)).toList(),
        new Signal.Typing(conversation, user, typing));
  }
}
