package org.lynxim.adapter.in.wire;

import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettings;
import org.lynxim.domain.conversation.Draft;

/** A user's settings for a conversation; {@code draft} null when there is none. */
public record ConversationSettingsBody(
    String conversationId, boolean pinned, boolean muted, String draft) {

  public static ConversationSettingsBody from(
      ConversationId conversation, ConversationSettings settings) {
    return new ConversationSettingsBody(
        conversation.value(),
        settings.pinned(),
        settings.muted(),
        settings.draft().map(Draft::text).orElse(null));
  }
}
