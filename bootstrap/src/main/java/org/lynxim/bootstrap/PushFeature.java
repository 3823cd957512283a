package org.lynxim.bootstrap;

import org.lynxim.adapter.out.memory.PushesOff;
import org.lynxim.adapter.out.push.WebhookPushNotifier;
import org.lynxim.application.messaging.service.ConversationMembership;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.application.push.service.DeliverPushesService;

/**
 * Offline push: the queue stored messages and call invites go to (the shape's, or none when no
 * gateway is configured), and the worker that delivers them to the gateway's webhook.
 */
final class PushFeature {
  private PushFeature() {}

  /** The queue the writers and the calls hand their jobs to. */
  static PushQueue queue(PushSettings settings, Shape shape) {
    return settings.webhookUrl().isPresent() ? shape.pushQueue() : new PushesOff();
  }

  /** Starts the worker on {@code queue}, once the features it reads are wired. */
  static void work(
      PushSettings settings,
      PushQueue queue,
      Stores stores,
      DeliveryFeature delivery,
      MessagingFeature messaging,
      ConversationMembership membership,
      Runnable webhookRetried) {
    if (settings.webhookUrl().isEmpty()) {
      return;
    }
    DeliverPushesService deliver =
        new DeliverPushesService(
            stores.messages(),
            membership,
            stores.pushTokens(),
            delivery.presence(),
            stores.conversationSettings(),
            stores.settings(),
            messaging.unread(),
            new WebhookPushNotifier(
                settings.webhookUrl().get(),
                settings.webhookSecret(),
                settings.requestTimeout(),
                settings.retryFor(),
                settings.firstRetry(),
                webhookRetried));
    queue.work(deliver::deliver);
  }
}
