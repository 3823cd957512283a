package org.lynxim.application.push.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    // Most members have no token: one read of the batch's members' tokens comes first, and a
    // message whose members have none is not even read.
    Map<PushJob, List<UserId>> members = new LinkedHashMap<>();
    Set<UserId> everyone = new HashSet<>();
    for (PushJob job : jobs) {
      List<UserId> of =
          switch (job) {
            case PushJob.ForMessage forMessage -> participation.members(forMessage.conversation());
            case PushJob.ForCallInvite invite -> List.of(invite.callee());
          };
      members.put(job, of);
      everyone.addAll(of);
    }
    Map<UserId, Map<DeviceId, PushToken>> withTokens =
        everyone.isEmpty() ? Map.of() : tokens.ofUsers(everyone);
    List<Notification> notifications = new ArrayList<>();
    if (!withTokens.isEmpty()) {
      members.forEach(
          (job, of) -> {
            Map<UserId, Map<DeviceId, PushToken>> ofJob = new LinkedHashMap<>();
            of.forEach(
                user -> {
                  if (withTokens.containsKey(user)) {
                    ofJob.put(user, withTokens.get(user));
                  }
                });
            if (!ofJob.isEmpty()) {
              switch (job) {
                case PushJob.ForMessage forMessage -> forMessage(forMessage, ofJob, notifications);
                case PushJob.ForCallInvite invite -> forInvite(invite, ofJob, notifications);
              }
            }
          });
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

  private void forMessage(
      PushJob.ForMessage job,
      Map<UserId, Map<DeviceId, PushToken>> withTokens,
      List<Notification> into) {
    Optional<Message> found = messages.find(job.conversation(), job.seq());
    if (found.isEmpty() || !PushRule.pushable(found.get())) {
      return;
    }
    Message message = found.get();
    withTokens.forEach(
        (user, ofUser) -> {
          PushRule.Recipient recipient = recipient(user, message.conversationId(), ofUser);
          Map<DeviceId, PushToken> wakes = PushRule.wakes(message, recipient);
          if (!wakes.isEmpty()) {
            into.add(PushRule.of(message, recipient, wakes, unread.unread(user).totalUnread()));
          }
        });
  }

  private void forInvite(
      PushJob.ForCallInvite job,
      Map<UserId, Map<DeviceId, PushToken>> withTokens,
      List<Notification> into) {
    UserId callee = job.callee();
    PushRule.Recipient recipient = recipient(callee, job.conversation(), withTokens.get(callee));
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
