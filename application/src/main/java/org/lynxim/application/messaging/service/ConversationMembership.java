package org.lynxim.application.messaging.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.GroupChatId;
import org.lynxim.domain.conversation.Participation;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/**
 * Who may use a conversation: the two users of a direct chat, the members of a group. Checks
 * existence first (404), then membership (403), as the protocol orders its errors. The messaging
 * services share it; other features ask it through {@link ParticipationUseCase}.
 */
public final class ConversationMembership implements ParticipationUseCase {
  private final UserAccounts users;
  private final GroupStore groups;

  public ConversationMembership(UserAccounts users, GroupStore groups) {
    this.users = users;
    this.groups = groups;
  }

  /**
   * The user's place in the conversation, or the reason there is none; a dissolved group answers
   * 410 to its members.
   */
  @Override
  public Participation require(UserId user, ConversationId conversation) {
    return switch (conversation) {
      case DirectChatId direct -> requireDirect(user, direct);
      case GroupChatId chat -> {
        Group group = groups.require(chat.groupId());
        yield participation(group, group.requireActiveMember(user));
      }
    };
  }

  @Override
  public List<UserId> members(ConversationId conversation) {
    return switch (conversation) {
      case DirectChatId direct -> List.of(direct.low(), direct.high());
      case GroupChatId chat -> groups.find(chat.groupId()).map(Group::memberIds).orElse(List.of());
    };
  }

  /** As {@link #require}, but a dissolved group's members may still read it. */
  public Participation requireReader(UserId user, ConversationId conversation) {
    return switch (conversation) {
      case DirectChatId direct -> requireDirect(user, direct);
      case GroupChatId chat -> {
        Group group = groups.require(chat.groupId());
        yield participation(group, group.requireMember(user));
      }
    };
  }

  /** Whether {@link #requireReader} would let the user read the conversation. */
  public boolean isReader(UserId user, ConversationId conversation) {
    return switch (conversation) {
      case DirectChatId direct -> direct.involves(user);
      case GroupChatId chat ->
          groups.find(chat.groupId()).flatMap(group -> group.member(user)).isPresent();
    };
  }

  /**
   * As {@link #require}, and the sender may send at {@code now} (epoch ms): not muted, nor in a
   * group muted as a whole unless it manages it.
   */
  public Participation requireSender(UserId user, ConversationId conversation, long now) {
    return switch (conversation) {
      case DirectChatId direct -> requireDirect(user, direct);
      case GroupChatId chat -> {
        Group group = groups.require(chat.groupId());
        Member member = group.requireMember(user);
        Optional<RuntimeException> refusal = group.sendRefusal(member, now);
        if (refusal.isPresent()) {
          throw refusal.get();
        }
        yield participation(group, member);
      }
    };
  }

  private Participation requireDirect(UserId user, DirectChatId direct) {
    if (users.existing(Set.of(direct.low(), direct.high())).size() != 2) {
      throw new NotFoundException("no such user in " + direct.value());
    }
    if (!direct.involves(user)) {
      throw new ForbiddenException(Reason.NOT_MEMBER, "not a member of " + direct.value());
    }
    return new Participation(direct, List.of(direct.low(), direct.high()), 0);
  }

  private static Participation participation(Group group, Member member) {
    return new Participation(group.conversationId(), group.memberIds(), member.joinSeq());
  }
}
