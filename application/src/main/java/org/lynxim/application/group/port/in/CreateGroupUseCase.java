package org.lynxim.application.group.port.in;

import java.util.Collection;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupName;
import org.lynxim.domain.user.UserId;

/**
 * Creates a group owned by its creator, with the listed users as members.
 *
 * @throws org.lynxim.domain.error.NotFoundException a listed user does not exist
 * @throws org.lynxim.domain.error.RateLimitedException the creator creates groups too fast
 */
public interface CreateGroupUseCase {
  Group create(UserId creator, GroupName name, Collection<UserId> members);
}
