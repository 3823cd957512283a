package org.lynxim.application.call.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.call.port.in.CallSignalCommand;
import org.lynxim.application.call.port.in.IceServersUseCase.IceServer;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.RecordingLocalDevices.Signalled;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.PullCursor;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Calls through their services: signals to the right devices, busy, the ends and their logs. */
class CallServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId ann = app.user("ann");
  private final UserId bob = app.user("bob");
  private final UserId cal = app.user("cal");
  private final DirectChatId annBob = DirectChatId.between(ann, bob);
  private final DeviceId phone = DeviceId.of("phone");
  private final DeviceId tablet = DeviceId.of("tablet");

  private CallId invite(UserId caller, DirectChatId chat) {
    return app.signalCall.signal(
        caller,
        phone,
        new CallSignalCommand(
            CallAction.INVITE,
            Optional.empty(),
            Optional.of(chat),
            Optional.of(CallMedia.VIDEO),
            Optional.of("v=0 offer"),
            Optional.empty()));
  }

  private void act(UserId user, DeviceId device, CallId call, CallAction action) {
    app.signalCall.signal(
        user,
        device,
        new CallSignalCommand(
            action,
            Optional.of(call),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            action == CallAction.CANDIDATE
                ? Optional.of("{\"candidate\":\"c\"}")
                : Optional.empty()));
  }

  private List<Signalled> callSignals() {
    return app.recorded.signals.stream()
        .filter(signalled -> signalled.signal() instanceof Signal.CallSignal)
        .toList();
  }

  private static Signal.CallSignal signal(Signalled signalled) {
    return (Signal.CallSignal) signalled.signal();
  }

  private List<Message> logs(DirectChatId chat) {
    return app.pull.pull(ann, chat, new PullCursor(0, 50)).messages().stream()
        .filter(message -> message.type() == MsgType.CALL_LOG)
        .toList();
  }

  @Test
  void a_whole_call_reaches_the_right_devices_and_leaves_its_log() {
    CallId call = invite(ann, annBob);
    Signalled invited = callSignals().getLast();
    assertThat(invited.recipients()).containsExactly(bob);
    assertThat(signal(invited).media()).contains(CallMedia.VIDEO);
    assertThat(signal(invited).sdp()).contains("v=0 offer");

    act(bob, tablet, call, CallAction.RINGING);
    act(bob, phone, call, CallAction.ACCEPT);
    act(ann, phone, call, CallAction.CANDIDATE);
    act(bob, phone, call, CallAction.HANGUP);

    List<Signalled> told = callSignals();
    assertThat(told)
        .extracting(one -> signal(one).action())
        .containsExactly(
            CallAction.INVITE,
            CallAction.RINGING,
            CallAction.ACCEPT,
            CallAction.ANSWERED_ELSEWHERE,
            CallAction.CANDIDATE,
            CallAction.HANGUP);
    assertThat(told.get(3).audience().includes(bob, tablet)).isTrue();
    assertThat(told.get(3).audience().includes(bob, phone)).isFalse();
    assertThat(told.get(4).audience().includes(bob, phone)).isTrue();
    assertThat(told.get(4).audience().includes(bob, tablet)).isFalse();
    assertThat(signal(told.get(4)).candidate()).contains("{\"candidate\":\"c\"}");
    assertThat(logs(annBob))
        .singleElement()
        .satisfies(
            log -> {
              assertThat(log.sender()).isEqualTo(ann);
              assertThat(log.content().text())
                  .startsWith("{\"call_id\":\"" + call.value() + "\",\"media\":\"video\"")
                  .contains("\"result\":\"completed\"");
            });
    assertThatThrownBy(() -> act(ann, phone, call, CallAction.HANGUP))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENDED));
  }

  @Test
  void busy_blocked_and_strangers_are_refused() {
    CallId call = invite(ann, annBob);
    assertThatThrownBy(() -> invite(cal, DirectChatId.between(cal, bob)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
    assertThatThrownBy(() -> act(cal, phone, call, CallAction.ACCEPT))
        .as("a stranger learns nothing of the call")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> act(ann, tablet, call, CallAction.OFFER))
        .isInstanceOf(ForbiddenException.class);

    app.blockUser.block(cal, ann);
    assertThatThrownBy(() -> invite(ann, DirectChatId.between(ann, cal)))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED_BY_PEER));
    act(ann, phone, call, CallAction.HANGUP);
    assertThat(logs(annBob).getFirst().content().text()).contains("\"result\":\"cancelled\"");
    assertThat(invite(cal, DirectChatId.between(cal, bob))).as("bob is free again").isNotNull();
  }

  @Test
  void a_call_nobody_answers_is_missed_and_a_party_gone_from_every_node_hangs_up() {
    app.presence.connected(ann, phone);
    invite(ann, annBob);
    Clock later = Clock.offset(app.clock, InMemoryApplication.CALL_RING);

    assertThat(
            app.endStaleCalls(
                    Clock.offset(app.clock, InMemoryApplication.CALL_RING.minusSeconds(1)))
                .endStale())
        .isZero();
    assertThat(app.endStaleCalls(later).endStale()).isEqualTo(1);
    assertThat(callSignals().getLast().signal())
        .satisfies(last -> assertThat(((Signal.CallSignal) last).from()).isEmpty());
    assertThat(logs(annBob).getFirst().content().text()).contains("\"result\":\"missed\"");

    CallId second = invite(ann, annBob);
    act(bob, phone, second, CallAction.ACCEPT);
    app.presence.connected(bob, phone);
    app.presence.disconnected(bob, phone);
    assertThat(app.endStaleCalls(app.clock).endStale()).as("bob's phone is gone").isEqualTo(1);
    assertThat(logs(annBob)).hasSize(2);
    assertThat(app.endStaleCalls(later).endStale()).isZero();
  }

  @Test
  void a_party_that_disconnects_hangs_up_at_once() {
    CallId call = invite(ann, annBob);
    act(bob, phone, call, CallAction.ACCEPT);

    app.hangUpLeftDevice.left(bob, tablet);
    assertThat(logs(annBob)).isEmpty();
    app.hangUpLeftDevice.left(bob, phone);

    assertThat(logs(annBob))
        .singleElement()
        .satisfies(log -> assertThat(log.content().text()).contains("\"result\":\"completed\""));
    assertThat(signal(callSignals().getLast()).action()).isEqualTo(CallAction.HANGUP);
    assertThat(callSignals().getLast().audience().includes(ann, phone)).isTrue();
  }

  @Test
  void turn_credentials_follow_the_turn_rest_convention() {
    List<IceServer> servers = app.iceServers.iceServers(ann).servers();

    assertThat(servers.getFirst().username()).isEmpty();
    assertThat(servers.getFirst().credential()).isEmpty();
    // openssl: printf '1795345200:ann' | openssl dgst -sha1 -hmac a-shared-turn-secret -binary |
    // base64
    assertThat(servers.get(1).username()).contains("1795345200:ann");
    assertThat(servers.get(1).credential()).contains("9MacMKTP4n2qbP0yMmUvr+rby0k=");
    assertThat(app.iceServers.iceServers(ann).ttl()).hasHours(1);
  }
}
