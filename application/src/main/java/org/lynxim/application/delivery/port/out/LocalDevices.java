package org.lynxim.application.delivery.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
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

/**
 * The devices connected to this node, which the inbound adapter that holds their connections
 * offers. Best effort and never blocking on a device: a device that is offline here or too slow
 * misses the frame and catches up by pulling. Safe for concurrent use; returns without waiting.
 */
public interface LocalDevices {

  /**
   * Pushes a stored message to the recipients' devices connected here, except the device that sent
   * it. A recipient with an entry in {@code inboxSeqs} gets its inbox_seq with it.
   */
  void pushMessage(
      Message message,
      Collection<UserId> recipients,
      Map<UserId, Long> inboxSeqs,
      Optional<DeviceId> sentFrom);

  /**
   * Storm control: pushes the message to the {@code focused} devices among the recipients' here
   * (not the one that sent it), and gives every other device of theirs here a "new messages" notice
   * (cmd 8) of the group, at most one a second each, the first at once.
   */
  void pushStorm(
      Message message,
      Collection<UserId> recipients,
      Set<UserDevice> focused,
      Optional<DeviceId> sentFrom);

  /** Tells the user's devices connected here, except {@code from}, that its read position moved. */
  void syncReadPosition(
      UserId user, ConversationId conversation, ReadPosition position, Optional<DeviceId> from);

  /** Sends the notice to every device of the user connected here. */
  void notice(UserId user, AccountNotice notice);

  /** Sends the signal to the audience's devices connected here. */
  void signal(Audience audience, Signal signal);

  /**
   * Closes the device's connection here because the same device connected to another node at {@code
   * connectedAt} (close code 4001). Nothing happens if it is not connected here, or if its
   * connection here opened after that: the announcement came late.
   */
  void replacedElsewhere(UserId user, DeviceId device, Instant connectedAt);
}
