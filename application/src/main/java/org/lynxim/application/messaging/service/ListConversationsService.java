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
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.application.social.port.out.Blocks;
import org.lynxim.domain.conversation.ConversationHead;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationListCursor;
import org.lynxim.domain.conversation.ConversationListPage;
import org.lynxim.domain.conversation.ConversationSettings;
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
  private final ConversationSettingsStore conversationSettings;
  private final int inboxMaxMembers;

  private final StreamsSoFar streams;

  public ListConversationsService(
      ConversationHeads heads,
      GroupStore groups,
      ReadPositions positions,
      UserSettingsStore settings,
      Blocks blocks,
      ConversationSettingsStore conversationSettings,
      int inboxMaxMembers,
      StreamsSoFar streams) {
    this.streams = streams;
    this.conversationSettings = conversationSettings;
    this.heads = heads;
    this.groups = groups;
    this.positions = positions;
    this.settings = settings;
    this.blocks = blocks;
    this.inboxMaxMembers = inboxMaxMembers;
  }

  @Override
  public ConversationListPage list(UserId user, Optional<ConversationListCursor> after, int limit) {
    ConversationListPage page = ConversationListPage.of(summaries(user), after, limit);
    return new ConversationListPage(streamsSoFar(page.conversations()), page.next());
  }

  /** A last message that is an open stream reads as far as it has come, as in a pull. */
  private List<ConversationSummary> streamsSoFar(List<ConversationSummary> page) {
    List<Message> streaming =
        page.stream()
            .flatMap(one -> one.lastMessage().stream())
            .filter(Message::streaming)
            .toList();
    if (streaming.isEmpty()) {
      return page;
    }
    Map<ConversationId, Message> sofar = new HashMap<>();
    streams.apply(streaming).forEach(message -> sofar.put(message.conversationId(), message));
    return page.stream()
        .map(
            one ->
                sofar.containsKey(one.conversationId())
                    ? one.withLastMessage(sofar.get(one.conversationId()))
                    : one)
        .toList();
  }

  /**
   * The user's whole list, in no order: every direct chat with a message or pinned or drafted, and
   * every group, each with the user's settings for it; those the user cleared and nothing newer
   * came to are left out.
   */
  public List<ConversationSummary> summaries(UserId user) {
    Map<ConversationId, ReadPosition> read = positions.allOf(user);
    Map<ConversationId, ConversationSettings> own = conversationSettings.allOf(user);
    List<ConversationSummary> list = new ArrayList<>();
    List<ConversationHead> directHeads = heads.directHeadsOf(user);
    Set<ConversationId> listed = new HashSet<>();
    directHeads.forEach(head -> listed.add(head.conversationId()));
    List<DirectChatId> quiet = new ArrayList<>();
    own.forEach(
        (conversation, settings) -> {
          if (conversation instanceof DirectChatId direct
              && !listed.contains(direct)
              && settings.listedWithoutMessages()) {
            quiet.add(direct);
          }
        });
    List<DirectChatId> directs = new ArrayList<>(quiet);
    directHeads.forEach(head -> directs.add((DirectChatId) head.conversationId()));
    Map<ConversationId, Optional<ReadPosition>> peerPositions = peerPositions(user, directs);
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
              peerPositions.get(head.conversationId()),
              own.getOrDefault(head.conversationId(), ConversationSettings.NONE),
              0,
              false));
    }
    for (DirectChatId direct : quiet) {
      ConversationSettings settings = own.get(direct);
      list.add(
          new ConversationSummary(
              direct,
              0,
              positionIn(read, direct, 0),
              Optional.empty(),
              settings.changedAt().toEpochMilli(),
              Diffusion.INBOX,
              peerPositions.get(direct),
              settings,
              0,
              false));
    }
    List<Group> memberships = groups.groupsOf(user);
    Map<ConversationId, ConversationHead> groupHeads =
        heads.headsOf(memberships.stream().map(Group::conversationId).toList());
    for (Group group : memberships) {
      Optional<Member> member = group.member(user);
      if (member.isEmpty()) {
        continue; // joining: listed once its member_added message is stored
      }
      Diffusion diffusion =
          Diffusion.of(group.conversationId(), group.memberIds().size(), inboxMaxMembers);
      list.add(
          groupSummary(group.conversationId(), member.get(), groupHeads, read, diffusion)
              .withSettings(own.getOrDefault(group.conversationId(), ConversationSettings.NONE))
              .withDissolved(group.dissolved()));
    }
    list.removeIf(summary -> summary.settings().hides(summary.lastSeq()));
    return withUnreadSystemMessages(list);
  }

  /** System messages are not unread: counts them after each position that is behind. */
  private List<ConversationSummary> withUnreadSystemMessages(List<ConversationSummary> list) {
    Map<ConversationId, Long> behind = new HashMap<>();
    for (ConversationSummary summary : list) {
      if (summary.isBehind()) {
        behind.put(summary.conversationId(), summary.readPosition().lastAckSeq());
      }
    }
    if (behind.isEmpty()) {
      return list;
    }
    Map<ConversationId, Long> system = heads.systemMessagesAbove(behind);
    return list.stream()
        .map(
            summary ->
                summary.withUnreadSystemMessages(system.getOrDefault(summary.conversationId(), 0L)))
        .toList();
  }

  /**
   * How far the other user of each direct chat read, in three reads for the whole list: empty where
   * it turned read receipts off or a block stands between the two.
   */
  private Map<ConversationId, Optional<ReadPosition>> peerPositions(
      UserId user, List<DirectChatId> directs) {
    Map<ConversationId, UserId> peers = new HashMap<>();
    for (DirectChatId direct : directs) {
      peers.put(direct, direct.peerOf(user));
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
        Optional.empty(),
        ConversationSettings.NONE,
        0,
        false);
  }

  private static ReadPosition positionIn(
      Map<ConversationId, ReadPosition> read, ConversationId conversation, long floor) {
    return read.getOrDefault(conversation, new ReadPosition(0)).max(new ReadPosition(floor));
  }
}
