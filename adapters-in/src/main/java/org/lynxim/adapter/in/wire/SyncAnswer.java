package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.conversation.SyncPage;

/** A page of the reader's inbox after a cursor (WebSocket cmd 10 and REST alike). */
public record SyncAnswer(
    List<MessageBody> messages, long nextCursor, boolean hasMore, boolean reset) {

  public static SyncAnswer from(SyncPage page) {
    return new SyncAnswer(
        page.entries().stream().map(MessageBody::from).toList(),
        page.nextCursor(),
        page.hasMore(),
        page.reset());
  }
}
