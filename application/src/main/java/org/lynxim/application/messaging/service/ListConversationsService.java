package org.lynxim.application.messaging.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.ListConversationsUseCase;
import org.lynxim.application.messaging.port.out.ConversationHeads;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.domain.conversation.ConversationHead;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationListCursor;
import org.lynxim.domain.conversation.ConversationListPage;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.Diffusion;
import org.lynxim.domain.conversation.DirectChatId;
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
  private final UserSettingsStore settings;
  private final Blocks blocks;
  private final int inboxMaxMembers;

  public ListConversationsService(
      ConversationHeads heads,
      GroupStore groups,
      ReadPositions positions,
      UserSettingsStore settings,
      Blocks blocks,
      int inboxMaxMembers) {
    this.heads = heads;
    this.groups = groups;
    this.positions = positions;
    this.settings = settings;
    this.blocks = blocks;
    this.inboxMaxMembers = inboxMaxMembers;
  }

  @Override
  public ConversationListPage list(UserId user, Optional<ConversationListCursor> after, int limit) {
    Map<ConversationId, ReadPosition> read = positions.allOf(user);
    List<ConversationSummary> list = new ArrayList<>();
    List<ConversationHead> directHeads = heads.directHeadsOf(user);
    Map<ConversationId, Optional<ReadPosition>> peerPositions = peerPositions(user, directHeads);
    for (ConversationHead head : directHeads) {
      Message last = head.lastMessage();
      list.add(
          new ConversationSummary(
              head.conversationId(),
              head.lastSeq(),
              positionIn(read, head.conversationId(), 0),
              Optional.of(last),
              last.sendTime(),
              Diffusion.INBOX,
              peerPositions.get(head.conversationId())));
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

  /**
   * How far the other user of each direct chat read, in three reads for the whole list: empty where
   * it turned read receipts off or a block stands between the two.
   */
  private Map<ConversationId, Optional<ReadPosition>> peerPositions(
      UserId user, List<ConversationHead> directHeads) {
    Map<ConversationId, UserId> peers = new HashMap<>();
    for (ConversationHead head : directHeads) {
      peers.put(head.conversationId(), ((DirectChatId) head.conversationId()).peerOf(user));
    }
    Set<UserId> hidden = new HashSet<>(settings.withoutReadReceipts(peers.values()));
    if (!peers.isEmpty()) {
      hidden.addAll(blocks.blockedEitherWay(user));
    }
    List<ReadPositions.Reader> shared = new ArrayList<>();
    peers.forEach(
        (chat, peer) -> {
          if (!hidden.contains(peer)) {
            shared.add(new ReadPositions.Reader(peer, chat));
          }
        });
    Map<ReadPositions.Reader, ReadPosition> stored = positions.of(shared);
    Map<ConversationId, Optional<ReadPosition>> result = new HashMap<>();
    peers.forEach((chat, peer) -> result.put(chat, Optional.empty()));
    for (ReadPositions.Reader reader : shared) {
      result.put(
          reader.conversation(), Optional.of(stored.getOrDefault(reader, new ReadPosition(0))));
    }
    return result;
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
        diffusion,
        Optional.empty());
  }

  private static ReadPosition positionIn(
      Map<ConversationId, ReadPosition> read, ConversationId conversation, long floor) {
    return read.getOrDefault(conversation, new ReadPosition(0)).max(new ReadPosition(floor));
  }
}
