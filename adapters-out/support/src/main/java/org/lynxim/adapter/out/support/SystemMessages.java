package org.lynxim.adapter.out.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MsgType;

/**
 * The system messages of a batch to number: every store gives each the next system number of its
 * conversation, in seq order, so that counting the system messages above a seq is two lookups.
 */
public final class SystemMessages {
  private SystemMessages() {}

  /** The batch's system messages by conversation, each list in ascending seq. */
  public static Map<ConversationId, List<Message>> toNumber(List<Message> batch) {
    Map<ConversationId, List<Message>> system = new LinkedHashMap<>();
    for (Message message : batch) {
      if (message.type() == MsgType.SYSTEM) {
        system.computeIfAbsent(message.conversationId(), c -> new ArrayList<>()).add(message);
      }
    }
    system.replaceAll(
        (conversation, messages) ->
            messages.stream().sorted(Comparator.comparingLong(Message::seq)).toList());
    return system;
  }
}
