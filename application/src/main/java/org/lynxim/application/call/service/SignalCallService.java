package org.lynxim.application.call.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.lynxim.application.call.port.in.CallSignalCommand;
import org.lynxim.application.call.port.in.SignalCallUseCase;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallStep;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.push.PushJob;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/**
 * An invite is checked as a direct message is (membership, blocks, {@code direct_messages}), then
 * started only if neither user is in a call. Any other action reads the call, lets it decide, and
 * stores the result only if nobody changed the call meanwhile (else reads it again and decides
 * again), so the first of two accepts wins on any node.
 */
public final class SignalCallService implements SignalCallUseCase {
  private static final Logger LOG = Logger.getLogger(SignalCallService.class.getName());
  private static final int ATTEMPTS = 8;

  private final ParticipationUseCase participation;
  private final Relations relations;
  private final CallStore calls;
  private final CallSteps steps;
  private final PushQueue pushes;
  private final Clock clock;
  private final RandomGenerator random;

  public SignalCallService(
      ParticipationUseCase participation,
      Relations relations,
      CallStore calls,
      CallSteps steps,
      PushQueue pushes,
      Clock clock,
      RandomGenerator random) {
    this.pushes = pushes;
    this.participation = participation;
    this.relations = relations;
    this.calls = calls;
    this.steps = steps;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public CallId signal(UserId user, DeviceId device, CallSignalCommand command) {
    UserDevice from = new UserDevice(user, device);
    if (command.action() == CallAction.INVITE) {
      return invite(from, command);
    }
    CallId id = command.call().orElseThrow();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Call call =
          calls
              .find(id)
              .filter(found -> found.conversation().involves(user))
              .orElseThrow(() -> new NotFoundException("no call " + id.value()));
      CallStep step = call.act(from, command.action(), clock.instant());
      if (steps.apply(call, step, command.sdp(), command.candidate())) {
        return id;
      }
    }
    throw new StoreUnavailableException("the call kept changing; retry", null);
  }

  private CallId invite(UserDevice caller, CallSignalCommand command) {
    if (!(command.conversation().orElseThrow() instanceof DirectChatId direct)) {
      throw new IllegalArgumentException("calls are made in direct conversations");
    }
    participation.require(caller.user(), direct);
    UserId callee = direct.peerOf(caller.user());
    relations
        .standing(caller.user(), callee)
        .directMessageRefusal()
        .ifPresent(
            refusal -> {
              throw refusal;
            });
    CallStep step =
        Call.invite(
            CallId.generate(random),
            direct,
            caller,
            command.media().orElseThrow(),
            clock.instant());
    if (!calls.start(step.call())) {
      throw new ConflictException(Reason.BUSY, "one of you is in a call");
    }
    Call call = step.call();
    steps.tell(call, step.events(), command.sdp(), Optional.empty());
    try {
      pushes.enqueue(
          List.of(
              new PushJob.ForCallInvite(
                  call.id(),
                  call.conversation(),
                  caller.user(),
                  call.media(),
                  call.invitedAt().toEpochMilli())));
    } catch (StoreUnavailableException e) {
      // The callee's online devices ring already; only its offline ones miss the invite.
      LOG.warning("could not queue the push of call " + call.id().value() + ": " + e.getMessage());
    }
    return call.id();
  }
}
