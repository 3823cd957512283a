package org.lynxim.domain.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One user's own settings for one conversation: pinned (and since when, for the order of pinned
 * conversations), muted, a draft, and what the user deleted for itself: nothing up to {@code
 * clearedSeq} shows to it, and while {@code hidden} the conversation stays off its list until a
 * newer message or a settings change.
 *
 * @param changedAt when the user last changed them: the activity time of a conversation listed for
 *     its settings alone (a direct chat with a draft and no message)
 */
public record ConversationSettings(
    Optional<Instant> pinnedAt,
    boolean muted,
    Optional<Draft> draft,
    long clearedSeq,
    boolean hidden,
    Instant changedAt) {

  /** A conversation the user never set anything for. */
  public static final ConversationSettings NONE =
      new ConversationSettings(Optional.empty(), false, Optional.empty(), 0, false, Instant.EPOCH);

  public ConversationSettings {
    Objects.requireNonNull(pinnedAt, "pinnedAt");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(changedAt, "changedAt");
    if (clearedSeq < 0) {
      throw new IllegalArgumentException("clearedSeq must be >= 0");
    }
  }

  public boolean pinned() {
    return pinnedAt.isPresent();
  }

  /** The settings after a change: a pin keeps its first time; any change shows the conversation. */
  public ConversationSettings apply(ConversationSettingsChange change, Instant now) {
    Optional<Instant> pinned =
        change
            .pinned()
            .map(pin -> pin ? Optional.of(pinnedAt.orElse(now)) : Optional.<Instant>empty())
            .orElse(pinnedAt);
    return new ConversationSettings(
        pinned, change.muted().orElse(muted), change.draft().orElse(draft), clearedSeq, false, now);
  }

  /** The settings after the user deleted the conversation for itself up to {@code seq}. */
  public ConversationSettings clearedUpTo(long seq, Instant now) {
    return new ConversationSettings(pinnedAt, muted, draft, Math.max(clearedSeq, seq), true, now);
  }

  /** Whether the conversation, whose last seq is {@code lastSeq}, stays off the user's list. */
  public boolean hides(long lastSeq) {
    return hidden && lastSeq <= clearedSeq;
  }

  /** Whether a conversation with no message is listed all the same: pinned or with a draft. */
  public boolean listedWithoutMessages() {
    return !hidden && (pinned() || draft.isPresent());
  }
}
