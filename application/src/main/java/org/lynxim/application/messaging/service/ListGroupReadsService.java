package org.lynxim.application.messaging.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.ListGroupReadsUseCase;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.MemberRead;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** Reads every member's position in one go; a member never read below its join seq. */
public final class ListGroupReadsService implements ListGroupReadsUseCase {
  private final GroupStore groups;
  private final ReadPositions positions;
  private final UserSettingsStore settings;
  private final int inboxMaxMembers;

  public ListGroupReadsService(
      GroupStore groups, ReadPositions positions, UserSettingsStore settings, int inboxMaxMembers) {
    this.groups = groups;
    this.positions = positions;
    this.settings = settings;
    this.inboxMaxMembers = inboxMaxMembers;
  }

  @Override
  public List<MemberRead> reads(UserId user, ConversationId conversation) {
    if (!(conversation instanceof GroupChatId chat)) {
      throw new IllegalArgumentException("read positions are listed for groups only");
    }
    Group group = groups.require(chat.groupId());
    group.requireActiveMember(user);
    if (group.members().size() > inboxMaxMembers) {
      throw new ForbiddenException(
          Reason.GROUP_TOO_LARGE,
          "read positions are listed for groups of at most " + inboxMaxMembers + " members");
    }
    List<UserId> memberIds = group.memberIds();
    Set<UserId> hidden = settings.withoutReadReceipts(memberIds);
    Map<ReadPositions.Reader, ReadPosition> stored =
        positions.of(
            memberIds.stream().map(member -> new ReadPositions.Reader(member, chat)).toList());
    List<MemberRead> reads = new ArrayList<>();
    for (Member member : group.members()) {
      if (!hidden.contains(member.userId())) {
        ReadPosition position =
            stored
                .getOrDefault(new ReadPositions.Reader(member.userId(), chat), new ReadPosition(0))
                .max(new ReadPosition(member.joinSeq()));
        reads.add(new MemberRead(member.userId(), position));
      }
    }
    reads.sort(Comparator.comparing(read -> read.member().value()));
    return reads;
  }
}
