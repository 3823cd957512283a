package org.lynxim.application.group.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.AppendSystemMessageUseCase;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupChange;
import org.lynxim.domain.group.GroupEvent;
import org.lynxim.domain.user.UserId;

/**
 * Tells of a stored group change with its system messages, in order, to the members after it and to
 * anyone it took out; members it added join at the seq just before the message that names them (the
 * join-seq rule). Not a use case: the group services share it.
 */
final class GroupSystemMessages {
  private final GroupStore groups;
  private final AppendSystemMessageUseCase append;

  GroupSystemMessages(GroupStore groups, AppendSystemMessageUseCase append) {
    this.groups = groups;
    this.append = append;
  }

  /**
   * Appends the change's messages and answers the group as it stands after them.
   *
   * @param leaving users no longer members who are still told (a member removed or leaving)
   */
  Group tell(UserId actor, GroupChange.Changed change, Collection<UserId> leaving) {
    Group group = change.group();
    for (GroupEvent event : change.events()) {
      Set<UserId> recipients = new LinkedHashSet<>(group.memberIds());
      recipients.addAll(leaving);
      Message message = append.append(actor, group.conversationId(), event, recipients);
      List<UserId> joining = joining(event);
      if (!joining.isEmpty()) {
        long joinSeq = message.seq() - 1;
        group =
            groups
                .change(
                    group.id(),
                    current ->
                        new GroupChange.Changed(current.settleJoins(joining, joinSeq), List.of()))
                .orThrow()
                .group();
      }
    }
    return group;
  }

  private static List<UserId> joining(GroupEvent event) {
    return switch (event) {
      case GroupEvent.MembersAdded added -> added.users();
      case GroupEvent.MemberJoined joined -> List.of(joined.user());
      default -> new ArrayList<>();
    };
  }
}
