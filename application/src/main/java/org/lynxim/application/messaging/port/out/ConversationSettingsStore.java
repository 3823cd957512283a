package org.lynxim.application.messaging.port.out;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.user.UserId;

/** Each user's own settings per conversation; durable. Each method is one transaction. */
public interface ConversationSettingsStore {

  /** The user's settings for the conversation; {@link ConversationSettings#NONE} when never set. */
  ConversationSettings of(UserId user, ConversationId conversation);

  /** Every conversation the user set something for. */
  Map<ConversationId, ConversationSettings> allOf(UserId user);

  /**
   * Reads the settings, applies {@code change} and stores the result, with no other change to them
   * in between; answers what was stored.
   */
  ConversationSettings change(
      UserId user, ConversationId conversation, UnaryOperator<ConversationSettings> change);
}
