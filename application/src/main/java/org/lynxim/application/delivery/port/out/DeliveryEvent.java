package org.lynxim.application.delivery.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.notice.AccountNotice;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** What one node tells the others so that their devices learn of it too. */
public sealed interface DeliveryEvent {

  /**
   * A stored message, for the recipients' devices; in a group under storm control, {@code
   * stormFocus} holds the devices that get it (the others get a notice).
   */
  record MessagePushed(
      Message message,
      List<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> sentFrom,
      Optional<Set<UserDevice>> stormFocus)
      implements DeliveryEvent {
    public MessagePushed {
      Objects.requireNonNull(message, "message");
      recipients = List.copyOf(recipients);
      inboxSeqs = Map.copyOf(inboxSeqs);
      Objects.requireNonNull(sentFrom, "sentFrom");
      stormFocus = stormFocus.map(Set::copyOf);
    }

    /** A message pushed to every device. */
    public MessagePushed(
        Message message,
        List<UserId> recipients,
        Map<UserId, Long> inboxSeqs,
        Optional<DeviceId> sentFrom) {
      this(message, recipients, inboxSeqs, sentFrom, Optional.empty());
    }
  }

  /** A user's read position moved, for the user's other devices. */
  record ReadPositionMoved(
      UserId user, ConversationId conversation, ReadPosition position, Optional<DeviceId> from)
      implements DeliveryEvent {
    public ReadPositionMoved {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(conversation, "conversation");
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(from, "from");
    }
  }

  /** A change to a user's own account, for all of the user's devices. */
  record NoticeSent(UserId user, AccountNotice notice) implements DeliveryEvent {
    public NoticeSent {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(notice, "notice");
    }
  }

  /**
   * A device connected to the telling node at {@code connectedAt}: its connections elsewhere that
   * are older are replaced (an event that arrives late never closes a newer connection).
   */
  record DeviceConnected(UserId user, DeviceId device, Instant connectedAt)
      implements DeliveryEvent {
    public DeviceConnected {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(connectedAt, "connectedAt");
    }
  }

  /** A passing signal, for the audience's devices. */
  record SignalSent(Audience audience, Signal signal) implements DeliveryEvent {
    public SignalSent {
      Objects.requireNonNull(audience, "audience");
      Objects.requireNonNull(signal, "signal");
    }
  }
}
