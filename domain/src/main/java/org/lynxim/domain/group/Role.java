package org.lynxim.domain.group;

/** What a member may do beyond chatting: the owner manages the membership. */
public enum Role {
  OWNER,
  MEMBER
}
