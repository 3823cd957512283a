package org.lynxim.application.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lynxim.application.port.out.GroupStore;
import org.lynxim.application.port.out.UserAccounts;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/**
 * Who may use a conversation: the two users of a direct chat, the members of a group. Checks
 * existence first (404), then membership (403), as the protocol orders its errors.
 */
public final class ConversationAccess {
  /** Accounts are never deleted, so a user seen to exist is remembered (up to this many). */
  private static final int KNOWN_USERS = 100_000;

  private final UserAccounts users;
  private final GroupStore groups;

  /**
   * Groups as last read, so that a send to a large group does not load its members every time; the
   * services that change a group forget it here after the change is stored.
   */
  private static final int CACHED_GROUPS = 10_000;

  private final Set<UserId> knownUsers = ConcurrentHashMap.newKeySet();
  private final Map<GroupId, Group> cachedGroups = new ConcurrentHashMap<>();

  private final boolean rememberGroups;

  public ConversationAccess(UserAccounts users, GroupStore groups) {
    this(users, groups, true);
  }

  /**
   * @param rememberGroups false where other processes change groups too (the cluster shape): what
   *     this process remembers would not be forgotten when another node changes a group
   */
  public ConversationAccess(UserAccounts users, GroupStore groups, boolean rememberGroups) {
    this.users = users;
    this.groups = groups;
    this.rememberGroups = rememberGroups;
  }

  Participation require(UserId user, ConversationId conversation) {
    return switch (conversation) {
      case DirectChatId direct -> requireDirect(user, direct);
      case GroupChatId group -> requireGroup(user, group);
    };
  }

  private Participation requireDirect(UserId user, DirectChatId direct) {
    if (!bothExist(direct)) {
      throw new NotFoundException("no such user in " + direct.value());
    }
    if (!direct.involves(user)) {
      throw new ForbiddenException("not a member of " + direct.value());
    }
    return new Participation(direct, List.of(direct.low(), direct.high()), 0);
  }

  private Participation requireGroup(UserId user, GroupChatId chat) {
    Group group = requireGroup(chat);
    return new Participation(chat, group.memberIds(), group.requireMember(user).joinSeq());
  }

  private boolean bothExist(DirectChatId direct) {
    if (knownUsers.contains(direct.low()) && knownUsers.contains(direct.high())) {
      return true;
    }
    Set<UserId> existing = users.existing(List.of(direct.low(), direct.high()));
    if (knownUsers.size() + existing.size() > KNOWN_USERS) {
      knownUsers.clear();
    }
    knownUsers.addAll(existing);
    return existing.size() == 2;
  }

  Group requireGroup(GroupChatId chat) {
    Group cached = cachedGroups.get(chat.groupId());
    if (cached != null) {
      return cached;
    }
    Group group =
        groups
            .find(chat.groupId())
            .orElseThrow(() -> new NotFoundException("no such group " + chat.groupId().value()));
    if (rememberGroups) {
      if (cachedGroups.size() >= CACHED_GROUPS) {
        cachedGroups.clear();
      }
      cachedGroups.put(group.id(), group);
    }
    return group;
  }

  /** Drops what is remembered of a group; called after every change to it. */
  void forget(GroupId group) {
    cachedGroups.remove(group);
  }
}
