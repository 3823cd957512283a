package org.lynxim.application.messaging.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.StructuredContent;
import org.lynxim.domain.user.DeviceId;

/**
 * A message to send, the device it comes from (none over REST), and for types 2 to 7 what its
 * content says (read by the adapter that took it).
 */
public record SendMessageCommand(
    MessageDraft draft, Optional<DeviceId> device, Optional<StructuredContent> structured) {
  public SendMessageCommand {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(structured, "structured");
    if (structured.isPresent() && structured.get().type() != draft.type()) {
      throw new IllegalArgumentException("the content does not fit msg_type " + draft.type());
    }
  }

  /** A message whose content says nothing more than its text. */
  public SendMessageCommand(MessageDraft draft, Optional<DeviceId> device) {
    this(draft, device, Optional.empty());
  }
}
