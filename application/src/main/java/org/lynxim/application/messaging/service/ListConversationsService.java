package org.lynxim.application.messaging.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.ListConversationsUseCase;
import org.lynxim.application.messaging.port.out.ConversationHeads;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationHead;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationListCursor;
import org.lynxim.domain.conversation.ConversationListPage;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.Diffusion;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** Builds the conversation list from the heads, the user's groups and read positions. */
public final class ListConversationsService implements ListConversationsUseCase {
  private final ConversationHeads heads;
  private final GroupStore groups;
  private final ReadPositions positions;
  private final int inboxMaxMembers;

  public ListConversationsService(
      ConversationHeads heads, GroupStore groups, ReadPositions positions, int inboxMaxMembers) {
    this.heads = heads;
    this.groups = groups;
    this.positions = positions;
    this.inboxMaxMembers = inboxMaxMembers;
  }

  @Override
  public ConversationListPage list(UserId user, Optional<ConversationListCursor> after, int limit) {
    Map<ConversationId, ReadPosition> read = positions.allOf(user);
    List<ConversationSummary> list = new ArrayList<>();
    for (ConversationHead head : heads.directHeadsOf(user)) {
      Message last = head.lastMessage();
      list.add(
          new ConversationSummary(
              head.conversationId(),
              head.lastSeq(),
              positionIn(read, head.conversationId(), 0),
              Optional.of(last),
              last.sendTime(),
              Diffusion.INBOX));
    }
    List<Group> memberships = groups.groupsOf(user);
    Map<ConversationId, ConversationHead> groupHeads =
        heads.headsOf(memberships.stream().map(Group::conversationId).toList());
    for (Group group : memberships) {
      Diffusion diffusion =
          Diffusion.of(group.conversationId(), group.memberIds().size(), inboxMaxMembers);
      list.add(
          groupSummary(
              group.conversationId(), group.requireMember(user), groupHeads, read, diffusion));
    }
    return ConversationListPage.of(list, after, limit);
  }

  /** A member sees only the messages after its join seq, so its last message may be none. */
  private static ConversationSummary groupSummary(
      GroupChatId chat,
      Member member,
      Map<ConversationId, ConversationHead> groupHeads,
      Map<ConversationId, ReadPosition> read,
      Diffusion diffusion) {
    Optional<Message> last =
        Optional.ofNullable(groupHeads.get(chat))
            .map(ConversationHead::lastMessage)
            .filter(message -> message.seq() > member.joinSeq());
    return new ConversationSummary(
        chat,
        Math.max(member.joinSeq(), last.map(Message::seq).orElse(0L)),
        positionIn(read, chat, member.joinSeq()),
        last,
        last.map(Message::sendTime).orElse(member.joinedAt()),
        diffusion);
  }

  private static ReadPosition positionIn(
      Map<ConversationId, ReadPosition> read, ConversationId conversation, long floor) {
    return read.getOrDefault(conversation, new ReadPosition(0)).max(new ReadPosition(floor));
  }
}
