package org.lynxim.application.group.port.out;

import java.util.List;
import java.util.Optional;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** Groups and their memberships; durable. Each method is one transaction. */
public interface GroupStore {

  /** Stores a new group with its members. */
  void create(Group group);

  Optional<Group> find(GroupId id);

  /** The group, or {@link NotFoundException}. */
  default Group require(GroupId id) {
    return find(id).orElseThrow(() -> new NotFoundException("no such group " + id.value()));
  }

  /** Adds members; a user who is a member already is left as it is. */
  void addMembers(GroupId id, List<Member> members);

  /** Removes a member; removing a non-member changes nothing. */
  void removeMember(GroupId id, UserId user);

  /** Every group the user is a member of. */
  List<Group> groupsOf(UserId user);
}
