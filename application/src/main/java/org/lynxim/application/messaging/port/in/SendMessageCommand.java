package org.lynxim.application.messaging.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.user.DeviceId;

/** A message to send, and the device it comes from (none over REST). */
public record SendMessageCommand(MessageDraft draft, Optional<DeviceId> device) {
  public SendMessageCommand {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(device, "device");
  }
}
