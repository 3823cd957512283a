package org.lynxim.adapter.out.sql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupChange;
import org.lynxim.domain.group.Member;
import org.lynxim.domain.user.UserId;

/** Groups and memberships through Hibernate. */
public final class JpaGroupStore implements GroupStore {
  private static final String MEMBERS_OF_GROUPS =
      "SELECT m FROM GroupMemberEntity m WHERE m.groupId IN :ids ORDER BY m.memberNo";

  private final Jpa jpa;
  private final Clock clock;

  JpaGroupStore(Jpa jpa, Clock clock) {
    this.jpa = jpa;
    this.clock = clock;
  }

  @Override
  public void create(Group group) {
    jpa.inTransaction(
        em -> {
          em.persist(GroupEntity.toRow(group, clock.millis()));
          group
              .members()
              .forEach(member -> em.persist(GroupMemberEntity.toRow(group.id(), member)));
          return null;
        });
  }

  @Override
  public Optional<Group> find(GroupId id) {
    return jpa.inTransaction(
        em ->
            Optional.ofNullable(em.find(GroupEntity.class, id.value()))
                .map(row -> withMembers(em, List.of(row)).getFirst()));
  }

  @Override
  public GroupChange change(GroupId id, Function<Group, GroupChange> decide) {
    return jpa.inTransaction(
        em -> {
          GroupEntity row = em.find(GroupEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
          if (row == null) {
            throw new NotFoundException("no such group " + id.value());
          }
          Group before = withMembers(em, List.of(row)).getFirst();
          GroupChange change = decide.apply(before);
          if (change instanceof GroupChange.Changed changed && !changed.group().equals(before)) {
            store(em, row, changed.group());
          }
          return change;
        });
  }

  /** Writes what differs: the group's row, members gone, members new, members changed. */
  private static void store(EntityManager em, GroupEntity row, Group after) {
    row.copySettings(after);
    Map<String, Member> wanted = new LinkedHashMap<>();
    after.members().forEach(member -> wanted.put(member.userId().value(), member));
    List<GroupMemberEntity> present =
        em.createQuery(
                "SELECT m FROM GroupMemberEntity m WHERE m.groupId = :group",
                GroupMemberEntity.class)
            .setParameter("group", row.groupId)
            .getResultList();
    for (GroupMemberEntity member : present) {
      Member kept = wanted.remove(member.userId);
      if (kept == null) {
        em.remove(member);
      } else {
        member.copy(kept);
      }
    }
    // Removals first: a member who leaves and comes back in one change gets a new row.
    em.flush();
    wanted.values().forEach(member -> em.persist(GroupMemberEntity.toRow(after.id(), member)));
  }

  @Override
  public List<Group> groupsOf(UserId user) {
    return jpa.inTransaction(
        em -> {
          List<GroupEntity> rows =
              em.createQuery(
                      "SELECT g FROM GroupEntity g WHERE g.groupId IN"
                          + " (SELECT m.groupId FROM GroupMemberEntity m WHERE m.userId = :user)"
                          + " ORDER BY g.createdAt, g.groupId",
                      GroupEntity.class)
                  .setParameter("user", user.value())
                  .getResultList();
          return withMembers(em, rows);
        });
  }

  /** Loads the members of all the groups with one query. */
  private static List<Group> withMembers(EntityManager em, List<GroupEntity> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Member>> members = new LinkedHashMap<>();
    rows.forEach(row -> members.put(row.groupId, new ArrayList<>()));
    em.createQuery(MEMBERS_OF_GROUPS, GroupMemberEntity.class)
        .setParameter("ids", List.copyOf(members.keySet()))
        .getResultStream()
        .forEach(member -> members.get(member.groupId).add(member.toDomain()));
    return rows.stream().map(row -> row.toDomain(members.get(row.groupId))).toList();
  }
}
