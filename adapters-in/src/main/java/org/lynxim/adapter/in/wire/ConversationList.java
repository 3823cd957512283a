package org.lynxim.adapter.in.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationListCursor;
import org.lynxim.domain.conversation.ConversationListPage;
import org.lynxim.domain.conversation.ConversationSummary;

/**
 * {@code GET /api/v1/conversations}: a page of the caller's conversations, most recent first, and
 * the opaque cursor of the next page ({@code null} after the last).
 */
public record ConversationList(List<Line> conversations, String nextCursor) {

  /**
   * One conversation; {@code last_message} is null (not absent) when there is none to show. {@code
   * peer_last_ack_seq} is on direct conversations only, null where the other user does not share
   * it.
   */
  public record Line(
      String conversationId,
      String type,
      long lastSeq,
      long lastAckSeq,
      long unread,
      String diffusion,
      MessageBody lastMessage,
      @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode peerLastAckSeq) {

    public static Line from(ConversationSummary summary) {
      return new Line(
          summary.conversationId().value(),
          summary.isGroup() ? "group" : "direct",
          summary.lastSeq(),
          summary.readPosition().lastAckSeq(),
          summary.unread(),
          summary.diffusion().wireName(),
          summary.lastMessage().map(MessageBody::from).orElse(null),
          summary.isGroup()
              ? null
              : summary
                  .peerPosition()
                  .<JsonNode>map(position -> LongNode.valueOf(position.lastAckSeq()))
                  .orElse(NullNode.getInstance()));
    }
  }

  public static ConversationList from(ConversationListPage page) {
    return new ConversationList(
        page.conversations().stream().map(Line::from).toList(),
        page.next().map(ConversationList::encode).orElse(null));
  }

  /** The cursor as the opaque string clients pass back: URL-safe, no padding. */
  static String encode(ConversationListCursor cursor) {
    String plain = cursor.activityTime() + ":" + cursor.conversationId().value();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** A cursor from {@link #encode}; anything else is the client's mistake (400). */
  public static ConversationListCursor decodeCursor(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      return new ConversationListCursor(
          Long.parseLong(plain.substring(0, colon)),
          ConversationId.parse(plain.substring(colon + 1)));
    } catch (RuntimeException notOurs) {
      throw new IllegalArgumentException("cursor is not one this server gave");
    }
  }
}
