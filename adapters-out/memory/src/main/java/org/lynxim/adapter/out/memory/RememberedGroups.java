package org.lynxim.adapter.out.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupChange;
import org.lynxim.domain.user.UserId;

/**
 * Groups as last read, in front of the durable store, so that a send to a large group does not load
 * its members every time. Every change through this store forgets the group. Only for a single
 * process: a change another process makes would not be forgotten here.
 */
public final class RememberedGroups implements GroupStore {
  private final GroupStore store;
  private final int capacity;
  private final Map<GroupId, Group> remembered = new ConcurrentHashMap<>();

  /**
   * @param capacity how many groups to remember; past it, all are forgotten and read again
   */
  public RememberedGroups(GroupStore store, int capacity) {
    this.store = store;
    this.capacity = capacity;
  }

  @Override
  public void create(Group group) {
    store.create(group);
  }

  @Override
  public Optional<Group> find(GroupId id) {
    Group known = remembered.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Group> found = store.find(id);
    found.ifPresent(
        group -> {
          if (remembered.size() >= capacity) {
            remembered.clear();
          }
          remembered.put(id, group);
        });
    return found;
  }

  @Override
  public GroupChange change(GroupId id, Function<Group, GroupChange> decide) {
    try {
      return store.change(id, decide);
    } finally {
      remembered.remove(id);
    }
  }

  @Override
  public List<Group> groupsOf(UserId user) {
    return store.groupsOf(user);
  }
}
