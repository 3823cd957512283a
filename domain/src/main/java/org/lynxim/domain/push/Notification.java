package org.lynxim.domain.push;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/**
 * One notification of the webhook's {@code notifications}: the user's offline devices with their
 * tokens, and what to show. {@code seq} is empty for a call invite. The same message for the same
 * user always has the same {@code pushId}, so a gateway can drop a repeat.
 */
public record Notification(
    String pushId,
    UserId user,
    Map<DeviceId, PushToken> devices,
    ConversationId conversation,
    Optional<Long> seq,
    UserId sender,
    MsgType type,
    String preview,
    long unreadTotal,
    long sendTime) {
  public Notification {
    Objects.requireNonNull(pushId, "pushId");
    Objects.requireNonNull(user, "user");
    devices = Map.copyOf(devices);
    if (devices.isEmpty()) {
      throw new IllegalArgumentException("a notification wakes at least one device");
    }
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(seq, "seq");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(preview, "preview");
  }
}
