package org.lynxim.application.messaging.service;

import java.time.Clock;
import java.time.Duration;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.application.messaging.port.in.EditMessageUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageChange;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.conversation.SystemEvent;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

/** Finds the message, lets it decide, stores the new content and tells the members. */
public final class EditMessageService implements EditMessageUseCase {
  private final ConversationMembership membership;
  private final VisibleMessages visible;
  private final AppendSystemMessageUseCase append;
  private final Clock clock;
  private final Duration window;

  public EditMessageService(
      ConversationMembership membership,
      MessageStore messages,
      ConversationSettingsStore settings,
      AppendSystemMessageUseCase append,
      Clock clock,
      Duration window) {
    this.membership = membership;
    this.visible = new VisibleMessages(messages, settings);
    this.append = append;
    this.clock = clock;
    this.window = window;
  }

  @Override
  public Message edit(UserId actor, ConversationId conversation, long seq, MessageContent content) {
    Participation participation = membership.require(actor, conversation);
    Message target = visible.require(actor, participation, seq);
    long now = clock.millis();
    return switch (target.edit(actor, content, now, window.toMillis())) {
      case MessageChange.Changed changed -> {
        // Stored with its system message in one transaction, unless a recall came first.
        if (append
            .amend(
                actor,
                conversation,
                new SystemEvent.MessageUpdated(seq),
                new Amendment.Edit(Amendment.Target.of(target), content, now),
                participation.members())
            .isEmpty()) {
          throw new ConflictException(Reason.RECALLED, "the message was recalled meanwhile");
        }
        yield changed.message();
      }
      case MessageChange.Unchanged unchanged -> unchanged.message();
      case MessageChange.Refused refused -> throw refused.error();
    };
  }
}
