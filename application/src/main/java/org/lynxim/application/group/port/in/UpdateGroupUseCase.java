package org.lynxim.application.group.port.in;

import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupSettingsChange;
import org.lynxim.domain.user.UserId;

/**
 * Changes a group's name, announcement, muted_all or joinable (owner or admins); what changed is
 * told by a {@code group_updated} message, and nothing when nothing changed.
 */
public interface UpdateGroupUseCase {
  Group update(UserId actor, GroupId group, GroupSettingsChange change);
}
