package org.lynxim.application.push.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.account.port.out.UserSettingsStore;
import org.lynxim.application.delivery.port.out.DevicePresence;
import org.lynxim.application.delivery.port.out.PushTokens;
import org.lynxim.application.messaging.port.in.ParticipationUseCase;
import org.lynxim.application.messaging.port.in.UnreadSummaryUseCase;
import org.lynxim.application.messaging.port.out.ConversationSettingsStore;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.application.push.port.in.DeliverPushesUseCase;
import org.lynxim.application.push.port.out.PushNotifier;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.push.Notification;
import org.lynxim.domain.push.PushJob;
import org.lynxim.domain.push.PushRule;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/**
 * Reads each job's message as it stands now (a recall in between wakes nobody), the tokens of its
 * conversation's members in one read, and for those with a token the rest the rule needs: online
 * devices, mute, preview setting, unread total.
 */
public final class DeliverPushesService implements DeliverPushesUseCase {
  private static final Logger LOG = Logger.getLogger(DeliverPushesService.class.getName());

  private final MessageStore messages;
  private final ParticipationUseCase participation;
  private final PushTokens tokens;
  private final DevicePresence presence;
  private final ConversationSettingsStore conversationSettings;
  private final UserSettingsStore userSettings;
  private final UnreadSummaryUseCase unread;
  private final PushNotifier notifier;

  public DeliverPushesService(
      MessageStore messages,
      ParticipationUseCase participation,
      PushTokens tokens,
      DevicePresence presence,
      ConversationSettingsStore conversationSettings,
      UserSettingsStore userSettings,
      UnreadSummaryUseCase unread,
      PushNotifier notifier) {
    this.messages = messages;
    this.participation = participation;
    this.tokens = tokens;
    this.presence = presence;
    this.conversationSettings = conversationSettings;
    this.userSettings = userSettings;
    this.unread = unread;
    this.notifier = notifier;
  }

  @Override
  public int deliver(List<PushJob> jobs) {
    List<Notification> notifications = new ArrayList<>();
    for (PushJob job : jobs) {
      switch (job) {
        case PushJob.ForMessage forMessage -> forMessage(forMessage, notifications);
        case PushJob.ForCallInvite invite -> forInvite(invite, notifications);
      }
    }
    int taken = 0;
    for (int from = 0; from < notifications.size(); from += PushNotifier.MAX_BATCH) {
      List<Notification> batch =
          notifications.subList(
              from, Math.min(notifications.size(), from + PushNotifier.MAX_BATCH));
      PushNotifier.Outcome outcome = notifier.notify(batch);
      taken += outcome.taken() ? batch.size() : 0;
      forgetRejected(batch, outcome);
    }
    return taken;
  }

  private void forMessage(PushJob.ForMessage job, List<Notification> into) {
    Optional<Message> found = messages.find(job.conversation(), job.seq());
    if (found.isEmpty() || !PushRule.pushable(found.get())) {
      return;
    }
    Message message = found.get();
    List<UserId> members = participation.members(message.conversationId());
    tokens
        .ofUsers(members)
        .forEach(
            (user, withTokens) -> {
              PushRule.Recipient recipient = recipient(user, message.conversationId(), withTokens);
              Map<DeviceId, PushToken> wakes = PushRule.wakes(message, recipient);
              if (!wakes.isEmpty()) {
                into.add(PushRule.of(message, recipient, wakes, unread.unread(user).totalUnread()));
              }
            });
  }

  private void forInvite(PushJob.ForCallInvite job, List<Notification> into) {
    UserId callee = job.callee();
    Map<DeviceId, PushToken> withTokens = tokens.of(callee);
    if (withTokens.isEmpty()) {
      return;
    }
    PushRule.Recipient recipient = recipient(callee, job.conversation(), withTokens);
    Map<DeviceId, PushToken> wakes = PushRule.wakes(job, recipient);
    if (!wakes.isEmpty()) {
      into.add(PushRule.of(job, recipient, wakes, unread.unread(callee).totalUnread()));
    }
  }

  private PushRule.Recipient recipient(
      UserId user, ConversationId conversation, Map<DeviceId, PushToken> withTokens) {
    return new PushRule.Recipient(
        user,
        conversationSettings.of(user, conversation).muted(),
        userSettings.settingsOf(user).pushPreview(),
        withTokens,
        presence.connectedSince(user).keySet());
  }

  /** A token the gateway calls dead is dropped from whichever device of the batch holds it. */
  private void forgetRejected(List<Notification> batch, PushNotifier.Outcome outcome) {
    if (outcome.rejectedTokens().isEmpty()) {
      return;
    }
    for (Notification notification : batch) {
      notification
          .devices()
          .forEach(
              (device, token) -> {
                if (outcome.rejectedTokens().contains(token.token())) {
                  try {
                    tokens.remove(notification.user(), device);
                  } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not forget a rejected token: " + e.getMessage());
                  }
                }
              });
    }
  }
}
