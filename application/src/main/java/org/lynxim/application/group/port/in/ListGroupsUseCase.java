package org.lynxim.application.group.port.in;

import java.util.List;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.UserId;

/** The caller's groups, dissolved ones included. */
public interface ListGroupsUseCase {
  List<Group> groups(UserId user);
}
