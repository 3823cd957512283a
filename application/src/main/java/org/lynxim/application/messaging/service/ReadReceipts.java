package org.lynxim.application.messaging.service;

import java.util.List;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.delivery.port.in.RelaySignalUseCase;
import org.lynxim.application.social.port.out.Relations;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.social.BlockStatus;
import org.lynxim.domain.user.UserId;

/**
 * Tells the other user of a direct chat how far the reader read (cmd 22), unless the reader turned
 * read receipts off or either blocked the other. Not a use case: acks ask it when they move a
 * position.
 */
public final class ReadReceipts {
  private final UserSettingsStore settings;
  private final Relations relations;
  private final RelaySignalUseCase relay;

  public ReadReceipts(UserSettingsStore settings, Relations relations, RelaySignalUseCase relay) {
    this.settings = settings;
    this.relations = relations;
    this.relay = relay;
  }

  void read(UserId reader, DirectChatId chat, ReadPosition position) {
    if (!settings.settingsOf(reader).readReceipts()) {
      return;
    }
    UserId peer = chat.peerOf(reader);
    if (relations.standing(reader, peer).blocks() != BlockStatus.NONE) {
      return;
    }
    relay.relay(List.of(peer), new Signal.ReadReceipt(chat, reader, position));
  }
}
