package org.lynxim.domain.group;

import java.util.List;

/** What a request to change a group's members came to: the group after it, or a refusal. */
public sealed interface MembershipChange {

  /** The outcome of {@link Group#addMembers}. */
  sealed interface Adding extends MembershipChange {}

  /** The outcome of {@link Group#removeMember}. */
  sealed interface Removing extends MembershipChange {}

  /**
   * Users joined (none when all of them were members already); {@code group} includes them.
   *
   * @param added the new members, each once, in the order asked
   */
  record MembersAdded(Group group, List<Member> added) implements Adding {
    public MembersAdded {
      added = List.copyOf(added);
    }
  }

  /** A member was removed or left; {@code group} no longer holds it. */
  record MemberRemoved(Group group, Member removed) implements Removing {}

  /** Nothing changed, and why. */
  record Refused(Refusal refusal, String detail) implements Adding, Removing {
    /** The refusal as the domain exception the protocol's error codes are mapped from. */
    public RuntimeException toException() {
      return refusal.toException(detail);
    }
  }
}
