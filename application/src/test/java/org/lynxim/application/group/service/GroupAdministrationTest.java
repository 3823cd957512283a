package org.lynxim.application.group.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.group.port.in.ChangeGroupMemberUseCase.MemberChange;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.GoneException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.group.Announcement;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.group.GroupSettingsChange;
import org.lynxim.domain.group.Role;
import org.lynxim.domain.user.UserId;

/** Groups in 1.2: every change a system message, roles, mutes, join, transfer, dissolve. */
class GroupAdministrationTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId alice = app.user("alice");
  private final UserId bob = app.user("bob");
  private final UserId carol = app.user("carol");
  private final UserId dave = app.user("dave");
  private final Group group = app.group(alice, bob, carol);

  private List<String> timeline(UserId reader) {
    return app.pull.pull(reader, group.conversationId(), new PullCursor(0, 200)).messages().stream()
        .map(m -> m.type() == MsgType.SYSTEM ? m.content().text() : "text:" + m.content().text())
        .toList();
  }

  private ConversationSummary line(UserId user) {
    return app.list.list(user, Optional.empty(), 100).conversations().stream()
        .filter(summary -> summary.conversationId().equals(group.conversationId()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void every_member_change_is_a_system_message_pushed_to_all_and_the_added_see_theirs() {
    app.send(alice, group.conversationId(), "m1", "before dave");

    app.addMembers.add(alice, group.id(), List.of(dave));
    app.removeMember.remove(alice, group.id(), bob);
    app.removeMember.remove(carol, group.id(), carol);

    assertThat(timeline(alice))
        .containsExactly(
            "text:before dave",
            "{\"event\":\"member_added\",\"user_ids\":[\"dave\"]}",
            "{\"event\":\"member_removed\",\"user_id\":\"bob\"}",
            "{\"event\":\"member_left\",\"user_id\":\"carol\"}");
    assertThat(timeline(dave)).hasSize(3);
    Message removed =
        app.recorded.pushes.stream()
            .map(push -> push.message())
            .filter(m -> m.content().text().contains("member_removed"))
            .findFirst()
            .orElseThrow();
    assertThat(
            app.recorded.pushes.stream()
                .filter(push -> push.message().equals(removed))
                .findFirst()
                .orElseThrow()
                .recipients())
        .as("the removed member is told too")
        .contains(bob, alice, carol, dave);
    assertThat(app.recorded.pushes.getLast().sentFrom()).as("the acting device too").isEmpty();
  }

  @Test
  void system_messages_are_not_unread_and_move_their_sender_as_a_send_does() {
    app.send(bob, group.conversationId(), "b1", "hello");
    app.addMembers.add(alice, group.id(), List.of(dave));
    app.updateGroup.update(
        alice,
        group.id(),
        new GroupSettingsChange(
            Optional.empty(),
            Optional.of(new Announcement("news")),
            Optional.empty(),
            Optional.empty()));

    assertThat(line(carol).lastSeq()).isEqualTo(3);
    assertThat(line(carol).unread()).isEqualTo(1);
    assertThat(line(dave).unread()).isZero();
    assertThat(line(alice).readPosition().lastAckSeq()).isEqualTo(3);
  }

  @Test
  void admins_add_remove_and_mute_plain_members_only_and_a_muted_member_may_not_send() {
    app.changeMember.change(
        alice, group.id(), bob, new MemberChange(Optional.of(Role.ADMIN), Optional.empty()));

    app.addMembers.add(bob, group.id(), List.of(dave));
    app.changeMember.change(
        bob,
        group.id(),
        carol,
        new MemberChange(Optional.empty(), Optional.of(Optional.of(Long.MAX_VALUE))));

    assertThatThrownBy(() -> app.send(carol, group.conversationId(), "c1", "hi"))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MUTED));
    assertThatThrownBy(() -> app.removeMember.remove(bob, group.id(), alice))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
    assertThatThrownBy(() -> app.addMembers.add(dave, group.id(), List.of(app.user("erin"))))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
    assertThat(app.groupMembers.members(carol, group.id()))
        .extracting(member -> member.userId().value() + ":" + member.role().wireName())
        .containsExactly("alice:owner", "bob:admin", "carol:member", "dave:member");
  }

  @Test
  void muting_the_group_leaves_only_the_owner_and_admins_sending() {
    app.updateGroup.update(
        alice,
        group.id(),
        new GroupSettingsChange(
            Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty()));

    assertThatThrownBy(() -> app.send(bob, group.conversationId(), "b1", "hi"))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_MUTED));
    assertThat(app.send(alice, group.conversationId(), "a1", "hi").duplicate()).isFalse();
  }

  @Test
  void a_group_takes_no_more_than_its_limit() {
    app.addMembers.add(alice, group.id(), List.of(dave, app.user("erin"), app.user("fred")));

    assertThatThrownBy(() -> app.addMembers.add(alice, group.id(), List.of(app.user("gina"))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_FULL));
    assertThatThrownBy(
            () ->
                app.createGroup.create(
                    alice,
                    group.name(),
                    List.of(bob, carol, dave, app.user("hank"), app.user("ivan"), app.user("joe"))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void an_open_group_is_joined_and_a_transfer_hands_it_over() {
    app.updateGroup.update(
        alice,
        group.id(),
        new GroupSettingsChange(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true)));

    Group joined = app.joinGroup.join(dave, group.id());
    Group transferred = app.transferGroup.transfer(alice, group.id(), dave);

    assertThat(joined.requireMember(dave).joinSeq()).isEqualTo(1);
    assertThat(transferred.owner()).isEqualTo(dave);
    assertThat(transferred.admins()).containsExactly(alice);
    assertThat(timeline(dave))
        .containsExactly(
            "{\"event\":\"member_joined\",\"user_id\":\"dave\"}",
            "{\"event\":\"owner_transferred\",\"from\":\"alice\",\"to\":\"dave\"}");
  }

  @Test
  void a_dissolved_group_is_read_and_listed_and_refuses_everything_else() {
    app.send(bob, group.conversationId(), "b1", "hi");

    Group dissolved = app.dissolveGroup.dissolve(alice, group.id());

    assertThat(dissolved.dissolved()).isTrue();
    assertThat(timeline(bob)).last().isEqualTo("{\"event\":\"group_dissolved\"}");
    assertThat(line(bob).dissolved()).isTrue();
    assertThat(app.listGroups.groups(bob)).extracting(Group::dissolved).containsExactly(true);
    assertThatThrownBy(() -> app.send(bob, group.conversationId(), "b2", "hi"))
        .isInstanceOfSatisfying(
            GoneException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GROUP_DISSOLVED));
    assertThatThrownBy(() -> app.ack.ack(bob, Optional.empty(), group.conversationId(), 1))
        .isInstanceOf(GoneException.class);
    assertThatThrownBy(() -> app.clearConversation.clear(bob, group.conversationId()))
        .isInstanceOf(GoneException.class);
    assertThatThrownBy(() -> app.getGroup.get(bob, group.id())).isInstanceOf(GoneException.class);
    assertThatThrownBy(() -> app.getGroup.get(dave, group.id()))
        .as("403 before 410")
        .isInstanceOf(ForbiddenException.class);
    assertThat(app.readAll.readAll(bob)).as("read-all skips it").isEmpty();
  }
}
