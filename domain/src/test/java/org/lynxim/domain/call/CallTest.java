package org.lynxim.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** The call machine, on given instants: no clock, no sleeping. */
class CallTest {
  private static final Duration RING = Duration.ofSeconds(45);
  private final UserId ann = UserId.of("ann");
  private final UserId bob = UserId.of("bob");
  private final UserDevice annPhone = new UserDevice(ann, DeviceId.of("phone"));
  private final UserDevice annLaptop = new UserDevice(ann, DeviceId.of("laptop"));
  private final UserDevice bobPhone = new UserDevice(bob, DeviceId.of("phone"));
  private final UserDevice bobTablet = new UserDevice(bob, DeviceId.of("tablet"));
  private final Instant t0 = Instant.parse("2026-12-02T10:00:00Z");
  private final CallStep invited =
      Call.invite(new CallId("c1"), DirectChatId.between(ann, bob), annPhone, CallMedia.VIDEO, t0);

  private static Reason reason(Runnable action) {
    try {
      action.run();
    } catch (ConflictException e) {
      return e.reason();
    } catch (ForbiddenException e) {
      return e.reason();
    }
    throw new AssertionError("no refusal");
  }

  @Test
  void an_invite_rings_every_device_of_the_callee() {
    assertThat(invited.call().state()).isEqualTo(CallState.INVITED);
    assertThat(invited.call().callee()).isEqualTo(bob);
    assertThat(invited.events())
        .containsExactly(
            new CallEvent(
                new Recipients.AllDevices(bob), CallAction.INVITE, Optional.of(annPhone)));
  }

  @Test
  void the_first_accept_wins_and_the_callees_other_devices_are_told() {
    Call ringing = invited.call().act(bobTablet, CallAction.RINGING, t0).call();
    CallStep accepted = ringing.act(bobPhone, CallAction.ACCEPT, t0.plusSeconds(3));

    assertThat(accepted.call().acceptedDevice()).contains(bobPhone);
    assertThat(accepted.events())
        .containsExactly(
            new CallEvent(
                new Recipients.Device(annPhone), CallAction.ACCEPT, Optional.of(bobPhone)),
            new CallEvent(
                new Recipients.AllDevicesBut(bob, DeviceId.of("phone")),
                CallAction.ANSWERED_ELSEWHERE,
                Optional.of(bobPhone)));
    Call call = accepted.call();
    assertThat(reason(() -> call.act(bobTablet, CallAction.ACCEPT, t0)))
        .isEqualTo(Reason.ANSWERED_ELSEWHERE);
    assertThat(reason(() -> call.act(bobPhone, CallAction.REJECT, t0)))
        .isEqualTo(Reason.INVALID_STATE);
    assertThat(reason(() -> call.act(bobTablet, CallAction.CANDIDATE, t0)))
        .as("the device that did not answer is out of the call")
        .isEqualTo(Reason.NOT_ALLOWED);
    assertThat(reason(() -> call.act(annLaptop, CallAction.OFFER, t0)))
        .as("the caller's other devices are not in it either")
        .isEqualTo(Reason.NOT_ALLOWED);
    assertThat(call.version()).isEqualTo(2);
  }

  @Test
  void session_data_goes_to_the_other_side_before_and_after_the_accept() {
    Call call = invited.call();
    assertThat(call.act(annPhone, CallAction.OFFER, t0).events().getFirst().to())
        .isEqualTo(new Recipients.AllDevices(bob));
    assertThat(call.act(bobTablet, CallAction.CANDIDATE, t0).events().getFirst().to())
        .isEqualTo(new Recipients.Device(annPhone));
    Call accepted = call.act(bobPhone, CallAction.ACCEPT, t0).call();
    assertThat(accepted.act(annPhone, CallAction.CANDIDATE, t0).events().getFirst().to())
        .isEqualTo(new Recipients.Device(bobPhone));
    assertThat(accepted.act(annPhone, CallAction.CANDIDATE, t0).call()).isSameAs(accepted);
    assertThat(reason(() -> call.act(bobPhone, CallAction.INVITE, t0)))
        .isEqualTo(Reason.INVALID_STATE);
  }

  @Test
  void each_end_has_its_result_and_duration() {
    Call call = invited.call();
    Call accepted = call.act(bobPhone, CallAction.ACCEPT, t0.plusSeconds(2)).call();

    assertThat(accepted.act(bobPhone, CallAction.HANGUP, t0.plusSeconds(62)).log())
        .contains(new CallLog(call.id(), CallMedia.VIDEO, CallResult.COMPLETED, 60_000));
    assertThat(call.act(annPhone, CallAction.HANGUP, t0).log().orElseThrow().result())
        .isEqualTo(CallResult.CANCELLED);
    assertThat(call.act(bobTablet, CallAction.HANGUP, t0).log().orElseThrow().result())
        .isEqualTo(CallResult.REJECTED);
    CallStep rejected = call.act(bobTablet, CallAction.REJECT, t0);
    assertThat(rejected.log().orElseThrow().result()).isEqualTo(CallResult.REJECTED);
    assertThat(rejected.events())
        .as("on reject the callee's other devices get nothing")
        .containsExactly(
            new CallEvent(
                new Recipients.Device(annPhone), CallAction.REJECT, Optional.of(bobTablet)));
    Call ended = rejected.call();
    assertThat(reason(() -> ended.act(annPhone, CallAction.HANGUP, t0))).isEqualTo(Reason.ENDED);
  }

  @Test
  void a_call_not_accepted_in_time_is_missed_and_both_sides_hear_of_it() {
    Call call = invited.call();
    assertThat(call.rangOut(RING, t0.plus(RING).minusMillis(1))).isFalse();
    assertThat(call.rangOut(RING, t0.plus(RING))).isTrue();

    CallStep timedOut = call.timeout();

    assertThat(timedOut.log().orElseThrow().result()).isEqualTo(CallResult.MISSED);
    assertThat(timedOut.events())
        .extracting(CallEvent::to)
        .containsExactly(new Recipients.Device(annPhone), new Recipients.AllDevices(bob));
    assertThat(timedOut.events()).allMatch(event -> event.from().isEmpty());
    Call accepted = call.act(bobPhone, CallAction.ACCEPT, t0).call();
    assertThat(accepted.rangOut(RING, t0.plus(RING))).isFalse();
  }

  @Test
  void a_party_that_leaves_hangs_up_and_a_ringing_device_that_leaves_does_not() {
    Call call = invited.call();
    assertThat(call.left(bobTablet, t0)).isEmpty();
    assertThat(call.left(annPhone, t0).orElseThrow().log().orElseThrow().result())
        .isEqualTo(CallResult.CANCELLED);
    Call accepted = call.act(bobPhone, CallAction.ACCEPT, t0).call();
    assertThat(accepted.left(bobTablet, t0)).isEmpty();
    CallStep gone = accepted.left(bobPhone, t0.plusSeconds(5)).orElseThrow();
    assertThat(gone.log().orElseThrow())
        .isEqualTo(new CallLog(call.id(), CallMedia.VIDEO, CallResult.COMPLETED, 5_000));
    assertThat(gone.events())
        .containsExactly(
            new CallEvent(
                new Recipients.Device(annPhone), CallAction.HANGUP, Optional.of(bobPhone)));
  }

  @Test
  void only_the_callee_answers_and_a_call_log_reads_as_the_page_says() {
    Call call = invited.call();
    assertThat(reason(() -> call.act(annPhone, CallAction.ACCEPT, t0)))
        .isEqualTo(Reason.NOT_ALLOWED);
    assertThat(reason(() -> call.act(annLaptop, CallAction.RINGING, t0)))
        .isEqualTo(Reason.NOT_ALLOWED);
    assertThatThrownBy(() -> CallAction.fromClient("timeout"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CallLog(call.id(), CallMedia.AUDIO, CallResult.MISSED, 0).content().text())
        .isEqualTo(
            "{\"call_id\":\"c1\",\"media\":\"audio\",\"result\":\"missed\",\"duration_ms\":0}");
    assertThat(List.of(CallAction.OFFER, CallAction.ANSWER, CallAction.CANDIDATE))
        .allMatch(CallAction::isSessionData);
  }
}
