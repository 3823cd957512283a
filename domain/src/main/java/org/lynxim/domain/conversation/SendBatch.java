package org.lynxim.domain.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of one writer's batch of sends. A draft whose key is stored already, or that repeats an
 * earlier draft of the batch, is a duplicate and answers the first message; every other draft
 * becomes a new message. A conversation's new messages take consecutive seqs in the order of their
 * drafts, so that sends made one after the other get increasing seqs.
 *
 * <p>A system message that amends an earlier message (a recall, an edit) is stored only while the
 * change applies to its target as the batch finds it, earlier drafts of the batch included; once it
 * does not (the target was recalled meanwhile), the draft is moot and takes no seq.
 *
 * <p>Deciding is in two steps because seqs are reserved in between: {@link #seqsNeeded()} says how
 * many each conversation needs, and {@link #seal} turns the drafts into outcomes with the first
 * reserved seq of each conversation.
 */
public final class SendBatch {
  private final List<MessageDraft> drafts;
  private final Map<IdempotencyKey, Message> stored;
  private final Map<IdempotencyKey, MessageDraft> fresh = new LinkedHashMap<>();
  private final Map<IdempotencyKey, Message> moot = new HashMap<>();
  private final Map<ConversationId, Integer> seqsNeeded = new LinkedHashMap<>();

  private SendBatch(
      List<MessageDraft> drafts,
      Map<IdempotencyKey, Message> stored,
      Map<Amendment.Target, Message> targets) {
    this.drafts = List.copyOf(drafts);
    this.stored = Map.copyOf(stored);
    Map<Amendment.Target, Message> standing = new HashMap<>(targets);
    for (MessageDraft draft : this.drafts) {
      if (stored.containsKey(draft.key())
          || fresh.containsKey(draft.key())
          || moot.containsKey(draft.key())) {
        continue;
      }
      if (draft.amends().isPresent()) {
        Amendment amendment = draft.amends().get();
        Message target = standing.get(amendment.target());
        if (target == null) {
          throw new IllegalArgumentException("the target of " + amendment + " was not loaded");
        }
        if (!amendment.appliesTo(target)) {
          moot.put(draft.key(), target);
          continue;
        }
        standing.put(amendment.target(), amendment.applyTo(target));
      }
      fresh.put(draft.key(), draft);
      seqsNeeded.merge(draft.conversationId(), 1, Integer::sum);
    }
  }

  /**
   * @param drafts the batch, in the order it was sent
   * @param stored the messages already stored under any of the drafts' keys
   */
  public static SendBatch of(List<MessageDraft> drafts, Map<IdempotencyKey, Message> stored) {
    return of(drafts, stored, Map.of());
  }

  /**
   * @param targets the messages the drafts amend, as they stand now ({@link #targets})
   */
  public static SendBatch of(
      List<MessageDraft> drafts,
      Map<IdempotencyKey, Message> stored,
      Map<Amendment.Target, Message> targets) {
    return new SendBatch(drafts, stored, targets);
  }

  /** The messages the drafts amend, to load before {@link #of}. */
  public static Set<Amendment.Target> targets(List<MessageDraft> drafts) {
    Set<Amendment.Target> targets = new LinkedHashSet<>();
    drafts.forEach(draft -> draft.amends().ifPresent(amendment -> targets.add(amendment.target())));
    return targets;
  }

  /** How many new messages each conversation gets: the seqs to reserve before {@link #seal}. */
  public Map<ConversationId, Integer> seqsNeeded() {
    return Map.copyOf(seqsNeeded);
  }

  /**
   * One outcome per draft, in the drafts' order.
   *
   * @param firstSeqs the first reserved seq of each conversation in {@link #seqsNeeded()}
   * @param now the send time of the new messages, epoch millis
   */
  public List<SendOutcome> seal(Map<ConversationId, Long> firstSeqs, long now) {
    if (!firstSeqs.keySet().containsAll(seqsNeeded.keySet())) {
      throw new IllegalArgumentException("firstSeqs must hold every conversation that needs seqs");
    }
    Map<ConversationId, Long> nextSeq = new HashMap<>(firstSeqs);
    Map<IdempotencyKey, Message> created = new HashMap<>();
    for (MessageDraft draft : fresh.values()) {
      long seq = nextSeq.merge(draft.conversationId(), 1L, Long::sum) - 1;
      created.put(draft.key(), draft.sequenced(seq, now));
    }
    List<SendOutcome> outcomes = new ArrayList<>(drafts.size());
    for (MessageDraft draft : drafts) {
      Message message = created.remove(draft.key());
      if (message != null) {
        outcomes.add(new SendOutcome.Stored(message, draft.files(), draft.amends()));
      } else if (stored.containsKey(draft.key())) {
        outcomes.add(new SendOutcome.Duplicate(stored.get(draft.key())));
      } else if (moot.containsKey(draft.key())) {
        outcomes.add(new SendOutcome.Moot(moot.get(draft.key())));
      } else {
        outcomes.add(new SendOutcome.Duplicate(firstOf(outcomes, draft).orElseThrow()));
      }
    }
    return outcomes;
  }

  /** The message an earlier draft of the batch with the same key became, if one was stored. */
  private static Optional<Message> firstOf(List<SendOutcome> outcomes, MessageDraft draft) {
    return outcomes.stream()
        .filter(SendOutcome.Stored.class::isInstance)
        .map(SendOutcome::message)
        .filter(message -> message.key().equals(draft.key()))
        .findFirst();
  }

  /** The changes the new messages make to earlier ones, to store with them. */
  public static List<Amendment> amendments(List<SendOutcome> outcomes) {
    return outcomes.stream()
        .filter(SendOutcome.Stored.class::isInstance)
        .map(SendOutcome.Stored.class::cast)
        .flatMap(stored -> stored.amends().stream())
        .toList();
  }

  /** The files the new messages name, to record with them. */
  public static List<FileReference> references(List<SendOutcome> outcomes) {
    return outcomes.stream()
        .filter(SendOutcome.Stored.class::isInstance)
        .map(SendOutcome.Stored.class::cast)
        .flatMap(
            stored ->
                stored.files().stream()
                    .map(
                        file ->
                            new FileReference(
                                file, stored.message().conversationId(), stored.message().seq())))
        .toList();
  }

  /** The new messages among the outcomes, to store in one step. */
  public static List<Message> toStore(List<SendOutcome> outcomes) {
    return outcomes.stream()
        .filter(SendOutcome.Stored.class::isInstance)
        .map(SendOutcome::message)
        .toList();
  }
}
