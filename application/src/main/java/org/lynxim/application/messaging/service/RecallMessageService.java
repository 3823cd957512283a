package org.lynxim.application.messaging.service;

import java.time.Clock;
import java.time.Duration;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.application.messaging.port.in.RecallMessageUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageChange;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.SystemEvent;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.group.Role;
import org.lynxim.domain.user.UserId;

/**
 * Finds the message and lets it decide; the recall is stored with the system message that tells the
 * members of it, the saved snapshots of it emptied in the same transaction.
 */
public final class RecallMessageService implements RecallMessageUseCase {
  private final ConversationMembership membership;
  private final GroupStore groups;
  private final VisibleMessages visible;
  private final AppendSystemMessageUseCase append;
  private final Clock clock;
  private final Duration window;
  private final StreamBuffers streams;

  public RecallMessageService(
      ConversationMembership membership,
      GroupStore groups,
      MessageStore messages,
      ConversationSettingsStore settings,
      AppendSystemMessageUseCase append,
      Clock clock,
      Duration window,
      StreamBuffers streams) {
    this.streams = streams;
    this.membership = membership;
    this.groups = groups;
    this.visible = new VisibleMessages(messages, settings);
    this.append = append;
    this.clock = clock;
    this.window = window;
  }

  @Override
  public Message recall(UserId actor, ConversationId conversation, long seq) {
    Participation participation = membership.require(actor, conversation);
    Message target = visible.require(actor, participation, seq);
    boolean overrides = overridesWindow(actor, conversation, target);
    return switch (target.recall(actor, overrides, clock.millis(), window.toMillis())) {
      case MessageChange.Changed changed -> {
        if (target.streaming()) {
          // Recalling an open stream ends it: no chunk is taken from here on.
          streams.take(Amendment.Target.of(target));
        }
        // Stored with its system message in one transaction; a second recall that raced this one
        // finds it done there, and stores and tells nothing.
        append.amend(
            actor,
            conversation,
            new SystemEvent.MessageRecalled(seq),
            new Amendment.Recall(Amendment.Target.of(target)),
            participation.members());
        yield changed.message();
      }
      case MessageChange.Unchanged unchanged -> unchanged.message();
      case MessageChange.Refused refused -> throw refused.error();
    };
  }

  /**
   * In a group, the owner recalls any message at any time, an admin any plain member's; an admin's
   * own message follows its sender's window.
   */
  private boolean overridesWindow(UserId actor, ConversationId conversation, Message target) {
    if (!(conversation instanceof GroupChatId chat)) {
      return false;
    }
    Group group = groups.require(chat.groupId());
    Member acting = group.requireMember(actor);
    if (acting.isOwner()) {
      return true;
    }
    boolean plainSender =
        group.member(target.sender()).map(sender -> sender.role() == Role.MEMBER).orElse(true);
    return acting.role() == Role.ADMIN && !target.sender().equals(actor) && plainSender;
  }
}
