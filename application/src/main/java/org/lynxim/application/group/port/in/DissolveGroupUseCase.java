package org.lynxim.application.group.port.in;

import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/**
 * Dissolves a group (the owner alone) with a {@code group_dissolved} message: its last members keep
 * reading it; everything else on it answers 410.
 */
public interface DissolveGroupUseCase {
  Group dissolve(UserId actor, GroupId group);
}
