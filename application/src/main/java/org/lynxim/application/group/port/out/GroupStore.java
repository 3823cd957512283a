package org.lynxim.application.group.port.out;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupChange;
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

  /**
   * Reads the group with no other change to it until this one is stored, lets {@code decide} answer
   * the change, and stores the group it changed to (its settings and members, as they differ), in
   * one transaction. A refusal stores nothing. Answers what {@code decide} answered.
   *
   * @throws NotFoundException no such group
   */
  GroupChange change(GroupId id, Function<Group, GroupChange> decide);

  /**
   * Every group the user is a member of (those it is joining included), in the order they were
   * created.
   */
  List<Group> groupsOf(UserId user);
}
