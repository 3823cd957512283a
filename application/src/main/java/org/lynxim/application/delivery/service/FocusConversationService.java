package org.lynxim.application.delivery.service;

import java.util.Optional;
import org.lynxim.application.delivery.port.in.FocusConversationUseCase;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** Checks the device's user may read the conversation, then records the focus. */
public final class FocusConversationService implements FocusConversationUseCase {
  private final ParticipationUseCase participation;
  private final DeviceFocus focus;

  public FocusConversationService(ParticipationUseCase participation, DeviceFocus focus) {
    this.participation = participation;
    this.focus = focus;
  }

  @Override
  public void focus(UserId user, DeviceId device, Optional<ConversationId> conversation) {
    conversation.ifPresent(one -> participation.require(user, one));
    focus.focus(new UserDevice(user, device), conversation);
  }
}
