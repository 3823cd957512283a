package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Page;

/** A page of a conversation after a cursor (WebSocket cmd 3 and REST alike). */
public record PullAnswer(
    String conversationId, List<MessageBody> messages, long nextCursorSeq, boolean hasMore) {

  public static PullAnswer from(ConversationId conversation, Page page) {
    return new PullAnswer(
        conversation.value(),
        page.messages().stream().map(MessageBody::from).toList(),
        page.nextCursorSeq(),
        page.hasMore());
  }
}
