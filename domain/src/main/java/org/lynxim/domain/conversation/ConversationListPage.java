package org.lynxim.domain.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a user's conversation list, newest first, and where the next page starts (none after
 * the last page). A conversation that moves while a client pages may appear twice or be missed.
 */
public record ConversationListPage(
    List<ConversationSummary> conversations, Optional<ConversationListCursor> next) {

  public static final int MAX_LIMIT = 1000;

  public ConversationListPage {
    conversations = List.copyOf(conversations);
  }

  /**
   * The page of up to {@code limit} conversations after {@code after} (from the start when empty).
   *
   * @param all the user's whole list, in any order
   */
  public static ConversationListPage of(
      List<ConversationSummary> all, Optional<ConversationListCursor> after, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    List<ConversationSummary> sorted = new ArrayList<>(all);
    sorted.sort(ConversationSummary.LIST_ORDER);
    List<ConversationSummary> rest =
        after.map(cursor -> sorted.stream().filter(cursor::precedes).toList()).orElse(sorted);
    List<ConversationSummary> page = rest.subList(0, Math.min(limit, rest.size()));
    Optional<ConversationListCursor> next =
        rest.size() > limit
            ? Optional.of(ConversationListCursor.after(page.getLast()))
            : Optional.empty();
    return new ConversationListPage(page, next);
  }
}
