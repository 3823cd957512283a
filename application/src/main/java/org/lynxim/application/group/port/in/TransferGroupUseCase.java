package org.lynxim.application.group.port.in;

import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** Hands a group to another member (the owner alone); the old owner becomes an admin. */
public interface TransferGroupUseCase {
  Group transfer(UserId actor, GroupId group, UserId to);
}
