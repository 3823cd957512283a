package org.lynxim.domain.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

/**
 * A group chat: its owner and members, in order of joining. The owner is always a member; only the
 * owner adds members; the owner removes anyone but itself, and any member may leave.
 */
public record Group(GroupId id, GroupName name, UserId owner, List<Member> members) {

  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    members = List.copyOf(members);
    if (members.stream().noneMatch(m -> m.userId().equals(owner) && m.isOwner())) {
      throw new IllegalArgumentException("the owner must be a member");
    }
  }

  /** A new group: the creator owns it; others listed (duplicates and the creator ignored) join. */
  public static Group create(
      GroupId id, GroupName name, UserId creator, Collection<UserId> invited, long now) {
    Map<UserId, Member> members = new LinkedHashMap<>();
    members.put(creator, new Member(creator, Role.OWNER, 0, now));
    for (UserId user : invited) {
      members.putIfAbsent(user, new Member(user, Role.MEMBER, 0, now));
    }
    return new Group(id, name, creator, new ArrayList<>(members.values()));
  }

  public GroupChatId conversationId() {
    return id.conversation();
  }

  public Optional<Member> member(UserId user) {
    return members.stream().filter(m -> m.userId().equals(user)).findFirst();
  }

  public boolean isMember(UserId user) {
    return member(user).isPresent();
  }

  /** The member, or {@link ForbiddenException} for anyone else. */
  public Member requireMember(UserId user) {
    return member(user)
        .orElseThrow(
            () ->
                new ForbiddenException(
                    Reason.NOT_MEMBER, "not a member of " + conversationId().value()));
  }

  public List<UserId> memberIds() {
    return members.stream().map(Member::userId).toList();
  }

  /**
   * The policy for adding members: only the owner adds, whoever they are; they join at {@code
   * currentSeq}, and users who are members already change nothing.
   */
  public MembershipChange.Adding addMembers(
      UserId actor, Collection<UserId> users, long currentSeq, long now) {
    if (!owner.equals(actor)) {
      return new MembershipChange.Refused(
          Refusal.NOT_THE_OWNER, "only the owner may add members to " + conversationId().value());
    }
    Map<UserId, Member> added = new LinkedHashMap<>();
    for (UserId user : users) {
      if (!isMember(user)) {
        added.putIfAbsent(user, new Member(user, Role.MEMBER, currentSeq, now));
      }
    }
    List<Member> fresh = List.copyOf(added.values());
    return new MembershipChange.MembersAdded(with(fresh), fresh);
  }

  /**
   * The policy for removing a member: the owner removes anyone but itself, and any member may
   * leave; the owner never leaves the group it owns.
   */
  public MembershipChange.Removing removeMember(UserId actor, UserId target) {
    if (!isMember(actor)) {
      return new MembershipChange.Refused(
          Refusal.NOT_A_MEMBER, "not a member of " + conversationId().value());
    }
    if (!owner.equals(actor) && !actor.equals(target)) {
      return new MembershipChange.Refused(
          Refusal.NOT_THE_OWNER, "only the owner may remove other members");
    }
    Optional<Member> member = member(target);
    if (member.isEmpty()) {
      return new MembershipChange.Refused(Refusal.NO_SUCH_MEMBER, target + " is not a member");
    }
    if (member.get().isOwner()) {
      return new MembershipChange.Refused(
          Refusal.OWNER_STAYS, "the owner cannot leave or be removed");
    }
    return new MembershipChange.MemberRemoved(without(target), member.get());
  }

  public Group with(List<Member> added) {
    List<Member> all = new ArrayList<>(members);
    all.addAll(added);
    return new Group(id, name, owner, all);
  }

  public Group without(UserId removed) {
    return new Group(
        id, name, owner, members.stream().filter(m -> !m.userId().equals(removed)).toList());
  }
}
