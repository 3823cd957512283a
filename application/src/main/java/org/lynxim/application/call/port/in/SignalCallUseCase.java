package org.lynxim.application.call.port.in;

import org.lynxim.domain.call.CallId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * A call action from one of the user's devices: an invite starts a call, every other action moves
 * it; each reaches the devices the call says, on any node, and an action that ends the call stores
 * its log.
 *
 * @return the call's id
 * @throws IllegalArgumentException a malformed command; an invite outside a direct conversation
 * @throws org.lynxim.domain.error.NotFoundException no such call of the user's, or conversation
 * @throws org.lynxim.domain.error.ForbiddenException a block or {@code direct_messages} refuses the
 *     invite; a device that may not take the action
 * @throws org.lynxim.domain.error.ConflictException {@code busy}, {@code ended}, {@code
 *     answered_elsewhere}, {@code invalid_state}
 */
public interface SignalCallUseCase {
  CallId signal(UserId user, DeviceId device, CallSignalCommand command);
}
