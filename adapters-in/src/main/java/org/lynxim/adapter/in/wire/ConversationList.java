package org.lynxim.adapter.in.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationListCursor;
import org.lynxim.domain.conversation.ConversationListPage;
import org.lynxim.domain.conversation.ConversationSummary;
import org.lynxim.domain.conversation.Draft;

/**
 * {@code GET /api/v1/conversations}: a page of the caller's conversations, most recent first, and
 * the opaque cursor of the next page ({@code null} after the last).
 */
public record ConversationList(List<Line> conversations, String nextCursor) {

  /**
   * One conversation; {@code last_message} is null (not absent) when there is none to show. {@code
   * peer_last_ack_seq} is on direct conversations only, null where the other user does not share
   * it; {@code dissolved} on groups only.
   */
  public record Line(
      String conversationId,
      String type,
      long lastSeq,
      long lastAckSeq,
      long unread,
      String diffusion,
      MessageBody lastMessage,
      @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode peerLastAckSeq,
      boolean pinned,
      boolean muted,
      String draft,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean dissolved) {

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
                  .orElse(NullNode.getInstance()),
          summary.settings().pinned(),
          summary.settings().muted(),
          summary.settings().draft().map(Draft::text).orElse(null),
          summary.isGroup() ? summary.dissolved() : null);
    }
  }

  public static ConversationList from(ConversationListPage page) {
    return new ConversationList(
        page.conversations().stream().map(Line::from).toList(),
        page.next().map(ConversationList::encode).orElse(null));
  }

  private static final String PINNED = "p";

  /**
   * The cursor as the opaque string clients pass back: URL-safe, no padding. A pinned place starts
   * with {@code p} and its pin time; an unpinned one reads as in version 1.1.
   */
  static String encode(ConversationListCursor cursor) {
    String plain =
        cursor.pinnedAt().map(pinnedAt -> PINNED + pinnedAt + ":").orElse("")
            + cursor.activityTime()
            + ":"
            + cursor.conversationId().value();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** A cursor from {@link #encode}; anything else is the client's mistake (400). */
  public static ConversationListCursor decodeCursor(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      Optional<Long> pinnedAt = Optional.empty();
      if (plain.startsWith(PINNED)) {
        int colon = plain.indexOf(':');
        pinnedAt = Optional.of(Long.parseLong(plain.substring(PINNED.length(), colon)));
        plain = plain.substring(colon + 1);
      }
      int colon = plain.indexOf(':');
      return new ConversationListCursor(
          pinnedAt,
          Long.parseLong(plain.substring(0, colon)),
          ConversationId.parse(plain.substring(colon + 1)));
    } catch (RuntimeException notOurs) {
      throw new IllegalArgumentException("cursor is not one this server gave");
    }
  }
}
