package org.lynxim.domain.conversation;

import java.util.Objects;

/**
 * A change to a stored message that the system message announcing it carries: the conversation's
 * one writer applies it in the same transaction that stores the system message, so that neither is
 * ever stored without the other, and a change that no longer applies when its turn comes stores
 * nothing (see {@link SendBatch}).
 */
public sealed interface Amendment {

  /** The message a change is made to. */
  record Target(ConversationId conversation, long seq) {
    public Target {
      Objects.requireNonNull(conversation, "conversation");
      if (seq < 1) {
        throw new IllegalArgumentException("seq must be 1 or more");
      }
    }

    public static Target of(Message message) {
      return new Target(message.conversationId(), message.seq());
    }
  }

  Target target();

  /** The target after the change. */
  Message applyTo(Message target);

  /** Whether the change still applies: a recalled message takes no further change. */
  default boolean appliesTo(Message target) {
    return !target.recalled();
  }

  /** Empties the message and marks it recalled; the files it named lose this reference. */
  record Recall(Target target) implements Amendment {
    public Recall {
      Objects.requireNonNull(target, "target");
    }

    @Override
    public Message applyTo(Message message) {
      return message.asRecalled();
    }
  }

  /** Replaces the message's content, edited at {@code at} (epoch ms). */
  record Edit(Target target, MessageContent content, long at) implements Amendment {
    public Edit {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(content, "content");
    }

    @Override
    public Message applyTo(Message message) {
      return message.asEdited(content, at);
    }
  }

  /**
   * Ends an open stream with its whole content; a stream that ended already (by its sender, a
   * recall or its idle timer) takes no second end.
   */
  record EndStream(Target target, MessageContent content) implements Amendment {
    public EndStream {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(content, "content");
    }

    @Override
    public boolean appliesTo(Message target) {
      return target.streaming() && !target.recalled();
    }

    @Override
    public Message applyTo(Message message) {
      return message.asStreamEnded(content);
    }
  }
}
