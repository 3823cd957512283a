package org.lynxim.adapter.out.sql;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lynxim.application.group.port.out.GroupStore;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.group.Group;
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
  public void addMembers(GroupId id, List<Member> members) {
    try {
      jpa.inTransaction(em -> insertNewMembers(em, id, members));
    } catch (Jpa.DuplicateKeyException raced) {
      // A concurrent add inserted one of them first; the others go in on the second try.
      jpa.inTransaction(em -> insertNewMembers(em, id, members));
    }
  }

  private static Void insertNewMembers(EntityManager em, GroupId id, List<Member> members) {
    Set<String> present =
        em.createQuery(
                "SELECT m.userId FROM GroupMemberEntity m WHERE m.groupId = :group", String.class)
            .setParameter("group", id.value())
            .getResultStream()
            .collect(Collectors.toSet());
    for (Member member : members) {
      if (!present.contains(member.userId().value())) {
        em.persist(GroupMemberEntity.toRow(id, member));
      }
    }
    em.flush();
    return null;
  }

  @Override
  public void removeMember(GroupId id, UserId user) {
    jpa.inTransaction(
        em ->
            em.createQuery(
                    "DELETE FROM GroupMemberEntity m WHERE m.groupId = :group AND m.userId = :user")
                .setParameter("group", id.value())
                .setParameter("user", user.value())
                .executeUpdate());
  }

  @Override
  public List<Group> groupsOf(UserId user) {
    return jpa.inTransaction(
        em -> {
          List<GroupEntity> rows =
              em.createQuery(
                      "SELECT g FROM GroupEntity g WHERE g.groupId IN"
                          + " (SELECT m.groupId FROM GroupMemberEntity m WHERE m.userId = :user)"
                          + " ORDER BY g.groupId",
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
