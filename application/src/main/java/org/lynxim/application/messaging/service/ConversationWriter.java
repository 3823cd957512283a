package org.lynxim.application.messaging.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.messaging.port.out.DuplicateMessageException;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.messaging.port.out.MessagingMetrics;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.application.messaging.port.out.ReadPositions.Reader;
import org.lynxim.application.messaging.port.out.SendPipeline;
import org.lynxim.application.messaging.port.out.SeqAllocator;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.conversation.SendBatch;
import org.lynxim.domain.conversation.SendOutcome;
import org.lynxim.domain.conversation.SendResult;
import org.lynxim.domain.push.PushJob;
import org.lynxim.domain.push.PushRule;
import org.lynxim.domain.user.UserId;

/**
 * The one writer of a partition's conversations: loads which drafts are stored already, lets the
 * batch decide what is new and which seqs it takes ({@link SendBatch}), stores the new messages,
 * the files they name and the changes they make to earlier messages in one transaction, then moves
 * their senders' read positions and fills the messages into their members' inboxes. Runs one batch
 * at a time per partition ({@link SendPipeline}), so no lock is needed. Not a use case: the
 * pipeline drives it.
 */
public final class ConversationWriter implements SendPipeline.BatchHandler {
  private static final Logger LOG = Logger.getLogger(ConversationWriter.class.getName());

  /** A duplicate this recent may be the redelivery of a batch whose pushes were never queued. */
  private static final Duration REQUEUE_DUPLICATES_WITHIN = Duration.ofMinutes(1);

  private final MessageStore messages;
  private final SeqAllocator seqs;
  private final ReadPositions positions;
  private final InboxFanOut inboxes;
  private final PushQueue pushes;
  private final MessagingMetrics metrics;
  private final Clock clock;

  public ConversationWriter(
      MessageStore messages,
      SeqAllocator seqs,
      ReadPositions positions,
      InboxFanOut inboxes,
      PushQueue pushes,
      MessagingMetrics metrics,
      Clock clock) {
    this.pushes = pushes;
    this.metrics = metrics;
    this.messages = messages;
    this.seqs = seqs;
    this.positions = positions;
    this.inboxes = inboxes;
    this.clock = clock;
  }

  @Override
  public List<SendResult> store(List<MessageDraft> batch) {
    List<SendOutcome> outcomes;
    try {
      outcomes = storeTogether(batch);
    } catch (DuplicateMessageException raced) {
      // Another node stored one of these keys since we looked: store them one by one instead.
      outcomes = new ArrayList<>();
      for (MessageDraft draft : batch) {
        outcomes.add(storeTogether(List.of(draft)).getFirst());
      }
    }
    long stored = System.nanoTime();
    moveSendersPositions(outcomes);
    List<SendResult> results = withInboxSeqs(outcomes);
    metrics.inboxFilled(Duration.ofNanos(System.nanoTime() - stored));
    rewriteRecalledCopies(outcomes);
    queuePushes(outcomes);
    return results;
  }

  /**
   * Queues the offline pushes of the batch before it is acknowledged, so a crash before this point
   * has the batch delivered again: its recent duplicates are queued again then (a push id names the
   * message and user, so a gateway drops a repeat). A stream is pushed at its end, not its start.
   * If the queue fails the batch fails, and the senders retry.
   */
  private void queuePushes(List<SendOutcome> outcomes) {
    long recent = clock.millis() - REQUEUE_DUPLICATES_WITHIN.toMillis();
    List<PushJob> jobs = new ArrayList<>();
    for (SendOutcome outcome : outcomes) {
      Message message = outcome.message();
      boolean fresh =
          outcome instanceof SendOutcome.Stored
              || (outcome instanceof SendOutcome.Duplicate && message.sendTime() >= recent);
      if (!fresh) {
        continue;
      }
      if (PushRule.pushable(message)) {
        jobs.add(new PushJob.ForMessage(message.conversationId(), message.seq()));
      } else if (outcome instanceof SendOutcome.Stored stored
          && stored.amends().orElse(null) instanceof Amendment.EndStream end) {
        jobs.add(new PushJob.ForMessage(end.target().conversation(), end.target().seq()));
      }
    }
    if (!jobs.isEmpty()) {
      pushes.enqueue(jobs);
    }
  }

  /**
   * The copies of recalled messages that inboxes keep (the cluster's) lose their content too. Best
   * effort: the recall is stored, and a sync reads a recalled message as it is now in any case.
   */
  private void rewriteRecalledCopies(List<SendOutcome> outcomes) {
    List<Message> recalled = new ArrayList<>();
    for (SendOutcome outcome : outcomes) {
      if (outcome instanceof SendOutcome.Stored stored
          && stored.amends().orElse(null) instanceof Amendment.Recall recall) {
        messages
            .find(recall.target().conversation(), recall.target().seq())
            .ifPresent(recalled::add);
      }
    }
    if (recalled.isEmpty()) {
      return;
    }
    try {
      inboxes.rewriteRecalled(recalled);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not rewrite recalled inbox copies: " + e.getMessage());
    }
  }

  /**
   * Fills the batch into the inboxes before it is acknowledged, so that the pushes carry inbox_seqs
   * and nothing acknowledged is missing from an inbox. Duplicates are filled again too: after a
   * crash between storing and filling, the resent message finds its fill still to do (a fill done
   * before is skipped by the store). If the fill fails the batch fails: the senders retry with the
   * same msg_ids and find their messages stored. A moot draft stored nothing: it answers its target
   * as it stands, and fills nothing.
   */
  private List<SendResult> withInboxSeqs(List<SendOutcome> outcomes) {
    Map<Message, Map<UserId, Long>> inboxSeqs =
        inboxes.fill(
            outcomes.stream()
                .filter(outcome -> !(outcome instanceof SendOutcome.Moot))
                .map(SendOutcome::message)
                .toList());
    return outcomes.stream()
        .map(
            outcome ->
                outcome instanceof SendOutcome.Stored
                    ? new SendResult(
                        outcome.message(),
                        false,
                        inboxSeqs.getOrDefault(outcome.message(), Map.of()))
                    : new SendResult(outcome.message(), true))
        .toList();
  }

  /**
   * Load what is stored and the messages the drafts amend, let the batch decide, store what is new:
   * one transaction.
   */
  private List<SendOutcome> storeTogether(List<MessageDraft> drafts) {
    Map<Amendment.Target, Message> targets = new HashMap<>();
    for (Amendment.Target target : SendBatch.targets(drafts)) {
      messages
          .find(target.conversation(), target.seq())
          .ifPresent(message -> targets.put(target, message));
    }
    SendBatch batch =
        SendBatch.of(
            drafts, messages.findStored(drafts.stream().map(MessageDraft::key).toList()), targets);
    Map<ConversationId, Long> firstSeqs = new HashMap<>();
    batch
        .seqsNeeded()
        .forEach(
            (conversation, count) ->
                firstSeqs.put(conversation, seqs.reserve(conversation, count)));
    List<SendOutcome> outcomes = batch.seal(firstSeqs, clock.millis());
    List<Message> toStore = SendBatch.toStore(outcomes);
    if (!toStore.isEmpty()) {
      messages.appendAll(toStore, SendBatch.references(outcomes), SendBatch.amendments(outcomes));
    }
    return outcomes;
  }

  /**
   * One's own messages never count as unread. Best effort: the messages are stored already, and a
   * position that did not move is moved by the sender's next ack.
   */
  private void moveSendersPositions(List<SendOutcome> outcomes) {
    Map<Reader, ReadPosition> moves = new LinkedHashMap<>();
    for (SendOutcome outcome : outcomes) {
      if (outcome instanceof SendOutcome.Stored) {
        Message message = outcome.message();
        moves.merge(
            new Reader(message.sender(), message.conversationId()),
            new ReadPosition(message.seq()),
            ReadPosition::max);
      }
    }
    if (moves.isEmpty()) {
      return;
    }
    try {
      positions.advanceAll(moves);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not move the senders' read positions: " + e.getMessage());
    }
  }
}
