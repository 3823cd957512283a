package org.lynxim.application.messaging.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.out.InboxStore;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Diffusion;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.InboxEntry;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.user.UserId;

/**
 * Writes stored messages into their members' inboxes (write diffusion) when their conversation is
 * small enough, and tells which conversations are.
 */
public final class InboxFanOut {
  private final InboxStore inboxes;
  private final GroupStore groups;
  private final int inboxMaxMembers;

  /**
   * @param inboxMaxMembers the largest group whose messages go to its members' inboxes
   */
  public InboxFanOut(InboxStore inboxes, GroupStore groups, int inboxMaxMembers) {
    if (inboxMaxMembers < 0) {
      throw new IllegalArgumentException("inbox_max_members must not be negative");
    }
    this.inboxes = inboxes;
    this.groups = groups;
    this.inboxMaxMembers = inboxMaxMembers;
  }

  /**
   * Fills the messages (any conversations, stored already) into the inboxes of their members, in
   * one step, each conversation in seq order; messages filled before are skipped by the store.
   * Answers, for each message filled now, its inbox_seq per member.
   */
  public Map<Message, Map<UserId, Long>> fill(List<Message> messages) {
    Map<ConversationId, List<Message>> byConversation = new LinkedHashMap<>();
    for (Message message : messages) {
      byConversation.computeIfAbsent(message.conversationId(), c -> new ArrayList<>()).add(message);
    }
    List<InboxStore.Fill> fills = new ArrayList<>(byConversation.size());
    byConversation.forEach(
        (conversation, ofConversation) ->
            fills.add(
                new InboxStore.Fill(
                    conversation,
                    ofConversation.stream()
                        .distinct()
                        .sorted(Comparator.comparingLong(Message::seq))
                        .toList(),
                    inboxOwners(conversation))));
    Map<Message, Map<UserId, Long>> inboxSeqs = new HashMap<>();
    for (InboxEntry entry : inboxes.append(fills)) {
      inboxSeqs
          .computeIfAbsent(entry.message(), m -> new HashMap<>())
          .put(entry.owner(), entry.inboxSeq());
    }
    return inboxSeqs;
  }

  /** Rewrites the inbox copies of recalled messages, for stores that keep copies. */
  public void rewriteRecalled(List<Message> recalled) {
    for (Message message : recalled) {
      inboxes.rewriteRecalled(message, inboxOwners(message.conversationId()));
    }
  }

  /** How the conversation's new messages reach its members. */
  public Diffusion diffusionOf(ConversationId conversation, int members) {
    return Diffusion.of(conversation, members, inboxMaxMembers);
  }

  /** Whose inboxes the conversation's messages go to: nobody's for a large group. */
  private List<UserId> inboxOwners(ConversationId conversation) {
    return switch (conversation) {
      case DirectChatId direct -> List.of(direct.low(), direct.high());
      case GroupChatId group -> {
        List<UserId> members = groups.require(group.groupId()).memberIds();
        yield diffusionOf(group, members.size()) == Diffusion.INBOX ? members : List.of();
      }
    };
  }
}
