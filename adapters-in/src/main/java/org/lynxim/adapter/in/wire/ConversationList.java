package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.conversation.ConversationSummary;

/** {@code GET /api/v1/conversations}: the caller's conversations, most recent first. */
public record ConversationList(List<Line> conversations) {

  /** One conversation; {@code last_message} is null (not absent) when there is none to show. */
  public record Line(
      String conversationId,
      String type,
      long lastSeq,
      long lastAckSeq,
      long unread,
      String diffusion,
      MessageBody lastMessage) {

    public static Line from(ConversationSummary summary) {
      return new Line(
          summary.conversationId().value(),
          summary.isGroup() ? "group" : "direct",
          summary.lastSeq(),
          summary.readPosition().lastAckSeq(),
          summary.unread(),
          summary.diffusion().wireName(),
          summary.lastMessage().map(MessageBody::from).orElse(null));
    }
  }

  public static ConversationList from(List<ConversationSummary> summaries) {
    return new ConversationList(summaries.stream().map(Line::from).toList());
  }
}
