package org.lynxim.domain.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * A call between the caller's device and one device of the callee, in a direct conversation. Until
 * a callee device accepts, every device of the callee is a party (each rings, each may answer);
 * after, only the one that accepted is, and the first accept wins. Each action returns the call
 * after it and whom it reaches ({@link CallStep}); {@code version} counts the changes, so that a
 * store can refuse a change made to an older call.
 */
public record Call(
    CallId id,
    DirectChatId conversation,
    UserDevice caller,
    UserId callee,
    CallMedia media,
    CallState state,
    Optional<DeviceId> acceptedBy,
    Instant invitedAt,
    Optional<Instant> acceptedAt,
    long version) {

  public Call {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(callee, "callee");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(acceptedBy, "acceptedBy");
    Objects.requireNonNull(invitedAt, "invitedAt");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    if (caller.user().equals(callee)
        || !conversation.involves(caller.user())
        || !conversation.involves(callee)) {
      throw new IllegalArgumentException("a call is between the two users of its conversation");
    }
    if (acceptedBy.isPresent() != acceptedAt.isPresent()) {
      throw new IllegalArgumentException("an accepted call has both its device and its time");
    }
  }

  /** The caller's device invites every device of the peer. */
  public static CallStep invite(
      CallId id, DirectChatId conversation, UserDevice caller, CallMedia media, Instant now) {
    Call call =
        new Call(
            id,
            conversation,
            caller,
            conversation.peerOf(caller.user()),
            media,
            CallState.INVITED,
            Optional.empty(),
            now,
            Optional.empty(),
            0);
    return new CallStep(
        call,
        List.of(
            new CallEvent(
                new Recipients.AllDevices(call.callee()), CallAction.INVITE, Optional.of(caller))),
        Optional.empty());
  }

  public boolean isAccepted() {
    return state == CallState.ACCEPTED;
  }

  /** The callee's device that accepted, once one did. */
  public Optional<UserDevice> acceptedDevice() {
    return acceptedBy.map(device -> new UserDevice(callee, device));
  }

  /** Whether the device speaks for a side of the call now. */
  public boolean isParty(UserDevice device) {
    if (device.equals(caller)) {
      return true;
    }
    return device.user().equals(callee)
        && acceptedBy.map(accepted -> accepted.equals(device.device())).orElse(true);
  }

  /**
   * The action {@code action} from {@code from} at {@code now}.
   *
   * @throws ConflictException {@code ended}, {@code answered_elsewhere} or {@code invalid_state}
   * @throws ForbiddenException from a device that may not take this action
   */
  public CallStep act(UserDevice from, CallAction action, Instant now) {
    if (state == CallState.ENDED) {
      throw new ConflictException(Reason.ENDED, "the call ended");
    }
    boolean calleeDevice = from.user().equals(callee);
    return switch (action) {
      case INVITE -> throw new ConflictException(Reason.INVALID_STATE, "the call exists already");
      case RINGING -> {
        requireCalleeBeforeAccept(calleeDevice);
        yield step(
            with(CallState.RINGING, acceptedBy, acceptedAt),
            new CallEvent(new Recipients.Device(caller), action, Optional.of(from)));
      }
      case ACCEPT -> {
        if (!calleeDevice) {
          throw new ForbiddenException(Reason.NOT_ALLOWED, "only the callee accepts");
        }
        if (isAccepted()) {
          throw acceptedBy.get().equals(from.device())
              ? new ConflictException(Reason.INVALID_STATE, "you accepted this call already")
              : new ConflictException(Reason.ANSWERED_ELSEWHERE, "another device answered");
        }
        Call accepted = with(CallState.ACCEPTED, Optional.of(from.device()), Optional.of(now));
        yield new CallStep(
            accepted,
            List.of(
                new CallEvent(new Recipients.Device(caller), action, Optional.of(from)),
                new CallEvent(
                    new Recipients.AllDevicesBut(callee, from.device()),
                    CallAction.ANSWERED_ELSEWHERE,
                    Optional.of(from))),
            Optional.empty());
      }
      case REJECT -> {
        requireCalleeBeforeAccept(calleeDevice);
        // The callee's other devices get nothing: a client stops ringing on the call's end.
        yield ended(
            CallResult.REJECTED,
            0,
            new CallEvent(new Recipients.Device(caller), action, Optional.of(from)));
      }
      case OFFER, ANSWER, CANDIDATE -> {
        requireParty(from);
        yield step(this, new CallEvent(otherSide(from), action, Optional.of(from)));
      }
      case HANGUP -> {
        requireParty(from);
        CallEvent told = new CallEvent(otherSide(from), action, Optional.of(from));
        if (isAccepted()) {
          yield ended(
              CallResult.COMPLETED,
              Math.max(0, Duration.between(acceptedAt.get(), now).toMillis()),
              told);
        }
        yield ended(calleeDevice ? CallResult.REJECTED : CallResult.CANCELLED, 0, told);
      }
      case ANSWERED_ELSEWHERE, TIMEOUT ->
          throw new IllegalArgumentException(action.wireName() + " is told by the server alone");
    };
  }

  /** Whether nobody accepted within {@code ring} of the invite, at {@code now}. */
  public boolean rangOut(Duration ring, Instant now) {
    return (state == CallState.INVITED || state == CallState.RINGING)
        && !invitedAt.plus(ring).isAfter(now);
  }

  /** Nobody accepted in time: missed, and both sides are told. */
  public CallStep timeout() {
    if (isAccepted() || state == CallState.ENDED) {
      throw new IllegalStateException("only a call that still rings times out");
    }
    return new CallStep(
        with(CallState.ENDED, acceptedBy, acceptedAt),
        List.of(
            new CallEvent(new Recipients.Device(caller), CallAction.TIMEOUT, Optional.empty()),
            new CallEvent(new Recipients.AllDevices(callee), CallAction.TIMEOUT, Optional.empty())),
        Optional.of(new CallLog(id, media, CallResult.MISSED, 0)));
  }

  /**
   * The device went away (its connection closed, or its node died): a party's departure hangs up;
   * one of several ringing devices of the callee leaving changes nothing.
   */
  public Optional<CallStep> left(UserDevice device, Instant now) {
    boolean hangsUp =
        state != CallState.ENDED
            && (device.equals(caller) || acceptedDevice().map(device::equals).orElse(false));
    return hangsUp ? Optional.of(act(device, CallAction.HANGUP, now)) : Optional.empty();
  }

  private void requireCalleeBeforeAccept(boolean calleeDevice) {
    if (!calleeDevice) {
      throw new ForbiddenException(Reason.NOT_ALLOWED, "only the callee's devices do this");
    }
    if (isAccepted()) {
      throw new ConflictException(Reason.INVALID_STATE, "the call was accepted");
    }
  }

  private void requireParty(UserDevice from) {
    if (!isParty(from)) {
      throw new ForbiddenException(Reason.NOT_ALLOWED, "this device is not in the call");
    }
  }

  /** The side that is not {@code from}'s: before accept, every device of the callee. */
  private Recipients otherSide(UserDevice from) {
    if (from.user().equals(callee)) {
      return new Recipients.Device(caller);
    }
    return acceptedDevice()
        .<Recipients>map(Recipients.Device::new)
        .orElse(new Recipients.AllDevices(callee));
  }

  private CallStep step(Call after, CallEvent event) {
    return new CallStep(after, List.of(event), Optional.empty());
  }

  private CallStep ended(CallResult result, long durationMs, CallEvent told) {
    return new CallStep(
        with(CallState.ENDED, acceptedBy, acceptedAt),
        List.of(told),
        Optional.of(new CallLog(id, media, result, durationMs)));
  }

  private Call with(
      CallState newState, Optional<DeviceId> newAcceptedBy, Optional<Instant> newAcceptedAt) {
    return new Call(
        id,
        conversation,
        caller,
        callee,
        media,
        newState,
        newAcceptedBy,
        invitedAt,
        newAcceptedAt,
        version + 1);
  }
}
