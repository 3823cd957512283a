package org.lynxim.domain.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.GoneException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.UserId;

/**
 * A group chat: its owner and members in order of joining, and its own settings. Who may do what
 * (PROTOCOL.md, "Groups in 1.2"): the owner anything; admins add members, remove and mute plain
 * members, and update the group; plain members send, leave and read. Each policy answers a {@link
 * GroupChange}: the group after it with the system messages that tell of it, or a refusal, checked
 * in the protocol's order (not a member, dissolved, not allowed, then the target).
 */
public record Group(
    GroupId id,
    GroupName name,
    UserId owner,
    List<Member> members,
    Announcement announcement,
    boolean mutedAll,
    boolean joinable,
    boolean dissolved) {

  /**
   * Members named in one {@code member_added} message at most, so that it stays a small message.
   */
  public static final int ADDED_PER_MESSAGE = 100;

  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(announcement, "announcement");
    members = List.copyOf(members);
    if (members.stream().noneMatch(m -> m.userId().equals(owner) && m.isOwner())) {
      throw new IllegalArgumentException("the owner must be a member");
    }
  }

  /** A group with the settings of a new one. */
  public Group(GroupId id, GroupName name, UserId owner, List<Member> members) {
    this(id, name, owner, members, Announcement.NONE, false, false, false);
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

  /** The member, once its joining is announced. */
  public Optional<Member> member(UserId user) {
    return members.stream().filter(m -> m.userId().equals(user) && !m.isPending()).findFirst();
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

  /** The member, or the error for a non-member (403) or, for a member, a dissolved group (410). */
  public Member requireActiveMember(UserId user) {
    Member member = requireMember(user);
    if (dissolved) {
      throw new GoneException(Reason.GROUP_DISSOLVED, conversationId().value() + " is dissolved");
    }
    return member;
  }

  /** Everyone the group's messages go to, those whose joining is being announced included. */
  public List<UserId> memberIds() {
    return members.stream().map(Member::userId).toList();
  }

  public List<UserId> admins() {
    return members.stream().filter(m -> m.role() == Role.ADMIN).map(Member::userId).toList();
  }

  /**
   * Why the member may not send now (epoch ms), if it may not: the group is dissolved (410), the
   * member is muted, or the whole group is and the member does not manage it (403).
   */
  public Optional<RuntimeException> sendRefusal(Member sender, long now) {
    if (dissolved) {
      return Optional.of(
          new GoneException(Reason.GROUP_DISSOLVED, conversationId().value() + " is dissolved"));
    }
    if (sender.isMutedAt(now)) {
      return Optional.of(new ForbiddenException(Reason.MUTED, "you are muted in this group"));
    }
    if (mutedAll && !sender.manages()) {
      return Optional.of(
          new ForbiddenException(Reason.GROUP_MUTED, "only the owner and admins may send now"));
    }
    return Optional.empty();
  }

  /**
   * Adding members: by the owner or an admin, up to {@code maxMembers} in all. The new members are
   * pending until the {@code member_added} messages that name them are stored; a user still pending
   * from an add that failed half way is named again.
   */
  public GroupChange addMembers(UserId actor, Collection<UserId> users, long now, int maxMembers) {
    Optional<GroupChange.Refused> refused = refuseUnlessManager(actor, "add members");
    if (refused.isPresent()) {
      return refused.get();
    }
    List<Member> fresh = new ArrayList<>();
    LinkedHashSet<UserId> announced = new LinkedHashSet<>();
    for (UserId user : users) {
      Optional<Member> present = anyMember(user);
      if (present.isEmpty()) {
        if (announced.add(user)) {
          fresh.add(new Member(user, Role.MEMBER, Member.PENDING_JOIN, now));
        }
      } else if (present.get().isPending()) {
        announced.add(user);
      }
    }
    if (members.size() + fresh.size() > maxMembers) {
      return new GroupChange.Refused(
          Refusal.FULL, "a group holds at most " + maxMembers + " members");
    }
    List<GroupEvent> events = new ArrayList<>();
    List<UserId> named = List.copyOf(announced);
    for (int from = 0; from < named.size(); from += ADDED_PER_MESSAGE) {
      events.add(
          new GroupEvent.MembersAdded(
              named.subList(from, Math.min(named.size(), from + ADDED_PER_MESSAGE))));
    }
    return new GroupChange.Changed(with(fresh), events);
  }

  /** Joining an open group oneself; a member joining again changes nothing. */
  public GroupChange join(UserId user, long now, int maxMembers) {
    if (dissolved) {
      return new GroupChange.Refused(Refusal.DISSOLVED, conversationId().value() + " is dissolved");
    }
    if (isMember(user)) {
      return new GroupChange.Changed(this, List.of());
    }
    if (!joinable) {
      return new GroupChange.Refused(Refusal.NOT_JOINABLE, "this group is not open to join");
    }
    boolean pending = anyMember(user).isPresent();
    if (!pending && members.size() + 1 > maxMembers) {
      return new GroupChange.Refused(
          Refusal.FULL, "a group holds at most " + maxMembers + " members");
    }
    Group after =
        pending ? this : with(List.of(new Member(user, Role.MEMBER, Member.PENDING_JOIN, now)));
    return new GroupChange.Changed(after, List.of(new GroupEvent.MemberJoined(user)));
  }

  /** The named pending members joined at {@code joinSeq}: the seq before their announcement. */
  public Group settleJoins(Collection<UserId> users, long joinSeq) {
    return withMembers(
        members.stream()
            .map(m -> m.isPending() && users.contains(m.userId()) ? m.joinedAt(joinSeq) : m)
            .toList());
  }

  /**
   * Removing a member: a member leaves itself (not the owner); the owner removes anyone, an admin
   * plain members.
   */
  public GroupChange removeMember(UserId actor, UserId target) {
    Optional<GroupChange.Refused> refused = refuseUnlessActive(actor);
    if (refused.isPresent()) {
      return refused.get();
    }
    Member acting = member(actor).orElseThrow();
    if (actor.equals(target)) {
      if (acting.isOwner()) {
        return new GroupChange.Refused(
            Refusal.OWNER_STAYS, "the owner cannot leave; transfer the group first");
      }
      return new GroupChange.Changed(without(target), List.of(new GroupEvent.MemberLeft(target)));
    }
    if (!acting.manages()) {
      return notAllowed("remove other members");
    }
    Optional<Member> removed = anyMember(target);
    if (removed.isEmpty()) {
      return new GroupChange.Refused(Refusal.NO_SUCH_MEMBER, target + " is not a member");
    }
    if (!outranks(acting, removed.get())) {
      return notAllowed("remove " + target);
    }
    return new GroupChange.Changed(without(target), List.of(new GroupEvent.MemberRemoved(target)));
  }

  /** Making a member an admin or a plain member again: the owner alone. */
  public GroupChange changeRole(UserId actor, UserId target, Role role) {
    Optional<GroupChange.Refused> refused = refuseUnlessOwner(actor, "change roles");
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<Member> member = member(target);
    if (member.isEmpty()) {
      return new GroupChange.Refused(Refusal.NO_SUCH_MEMBER, target + " is not a member");
    }
    if (member.get().isOwner() || role == Role.OWNER) {
      return new GroupChange.Refused(
          Refusal.OWNER_STAYS, "the owner changes hands by a transfer only");
    }
    if (member.get().role() == role) {
      return new GroupChange.Changed(this, List.of());
    }
    return new GroupChange.Changed(
        replace(member.get().withRole(role)), List.of(new GroupEvent.RoleChanged(target, role)));
  }

  /**
   * Muting a member until {@code until} (epoch ms; empty, or a time not after {@code now},
   * unmutes): the owner mutes anyone but itself, an admin plain members.
   */
  public GroupChange mute(UserId actor, UserId target, Optional<Long> until, long now) {
    Optional<GroupChange.Refused> refused = refuseUnlessManager(actor, "mute members");
    if (refused.isPresent()) {
      return refused.get();
    }
    Member acting = member(actor).orElseThrow();
    Optional<Member> member = member(target);
    if (member.isEmpty()) {
      return new GroupChange.Refused(Refusal.NO_SUCH_MEMBER, target + " is not a member");
    }
    if (member.get().isOwner() && acting.isOwner()) {
      return new GroupChange.Refused(Refusal.OWNER_STAYS, "the owner cannot mute itself");
    }
    if (!outranks(acting, member.get())) {
      return notAllowed("mute " + target);
    }
    Optional<Long> effective = until.filter(time -> time > now);
    Optional<Long> current = member.get().mutedUntil().filter(time -> time > now);
    if (effective.equals(current)) {
      return new GroupChange.Changed(this, List.of());
    }
    return new GroupChange.Changed(
        replace(member.get().withMutedUntil(effective)),
        List.of(new GroupEvent.MemberMuted(target, effective)));
  }

  /** Changing the group's name, announcement, muted_all or joinable: owner or admins. */
  public GroupChange update(UserId actor, GroupSettingsChange change) {
    Optional<GroupChange.Refused> refused = refuseUnlessManager(actor, "update the group");
    if (refused.isPresent()) {
      return refused.get();
    }
    Map<String, Object> changed = new LinkedHashMap<>();
    GroupName newName = change.name().orElse(name);
    Announcement newAnnouncement = change.announcement().orElse(announcement);
    boolean newMutedAll = change.mutedAll().orElse(mutedAll);
    boolean newJoinable = change.joinable().orElse(joinable);
    if (!newName.equals(name)) {
      changed.put("name", newName.value());
    }
    if (!newAnnouncement.equals(announcement)) {
      changed.put("announcement", newAnnouncement.text());
    }
    if (newMutedAll != mutedAll) {
      changed.put("muted_all", newMutedAll);
    }
    if (newJoinable != joinable) {
      changed.put("joinable", newJoinable);
    }
    if (changed.isEmpty()) {
      return new GroupChange.Changed(this, List.of());
    }
    Group after =
        new Group(
            id, newName, owner, members, newAnnouncement, newMutedAll, newJoinable, dissolved);
    return new GroupChange.Changed(after, List.of(new GroupEvent.GroupUpdated(changed)));
  }

  /**
   * Handing the group to another member: the owner alone; it becomes an admin, the new owner
   * unmuted.
   */
  public GroupChange transfer(UserId actor, UserId to) {
    Optional<GroupChange.Refused> refused = refuseUnlessOwner(actor, "transfer the group");
    if (refused.isPresent()) {
      return refused.get();
    }
    if (actor.equals(to)) {
      return new GroupChange.Refused(Refusal.ONESELF, "the group is yours already");
    }
    Optional<Member> heir = member(to);
    if (heir.isEmpty()) {
      return new GroupChange.Refused(Refusal.NO_SUCH_MEMBER, to + " is not a member");
    }
    List<Member> after = new ArrayList<>();
    for (Member member : members) {
      if (member.userId().equals(actor)) {
        after.add(member.withRole(Role.ADMIN));
      } else if (member.userId().equals(to)) {
        after.add(member.withRole(Role.OWNER).withMutedUntil(Optional.empty()));
      } else {
        after.add(member);
      }
    }
    Group transferred = new Group(id, name, to, after, announcement, mutedAll, joinable, dissolved);
    return new GroupChange.Changed(
        transferred, List.of(new GroupEvent.OwnerTransferred(actor, to)));
  }

  /** Dissolving the group: the owner alone; its members keep reading it. */
  public GroupChange dissolve(UserId actor) {
    Optional<GroupChange.Refused> refused = refuseUnlessOwner(actor, "dissolve the group");
    if (refused.isPresent()) {
      return refused.get();
    }
    Group after = new Group(id, name, owner, members, announcement, mutedAll, joinable, true);
    return new GroupChange.Changed(after, List.of(new GroupEvent.GroupDissolved()));
  }

  private Optional<Member> anyMember(UserId user) {
    return members.stream().filter(m -> m.userId().equals(user)).findFirst();
  }

  /**
   * Whether the acting manager may act on the member: the owner on anyone, admins on plain members.
   */
  private static boolean outranks(Member acting, Member target) {
    return acting.isOwner() ? !target.isOwner() : acting.manages() && !target.manages();
  }

  private Optional<GroupChange.Refused> refuseUnlessActive(UserId actor) {
    if (!isMember(actor)) {
      return Optional.of(
          new GroupChange.Refused(
              Refusal.NOT_A_MEMBER, "not a member of " + conversationId().value()));
    }
    if (dissolved) {
      return Optional.of(
          new GroupChange.Refused(Refusal.DISSOLVED, conversationId().value() + " is dissolved"));
    }
    return Optional.empty();
  }

  private Optional<GroupChange.Refused> refuseUnlessManager(UserId actor, String what) {
    return refuseUnlessActive(actor)
        .or(
            () ->
                member(actor).orElseThrow().manages()
                    ? Optional.empty()
                    : Optional.of(notAllowed(what)));
  }

  private Optional<GroupChange.Refused> refuseUnlessOwner(UserId actor, String what) {
    return refuseUnlessActive(actor)
        .or(() -> owner.equals(actor) ? Optional.empty() : Optional.of(notAllowed(what)));
  }

  private static GroupChange.Refused notAllowed(String what) {
    return new GroupChange.Refused(Refusal.NOT_ALLOWED, "your role does not allow you to " + what);
  }

  private Group withMembers(List<Member> newMembers) {
    return new Group(id, name, owner, newMembers, announcement, mutedAll, joinable, dissolved);
  }

  private Group replace(Member changed) {
    return withMembers(
        members.stream().map(m -> m.userId().equals(changed.userId()) ? changed : m).toList());
  }

  public Group with(List<Member> added) {
    List<Member> all = new ArrayList<>(members);
    all.addAll(added);
    return withMembers(all);
  }

  public Group without(UserId removed) {
    return withMembers(members.stream().filter(m -> !m.userId().equals(removed)).toList());
  }
}
