package org.lynxim.application.push.port.out;

import java.util.List;
import java.util.Set;
import org.lynxim.domain.push.Notification;

/**
 * Hands notifications (at most 100 at a time) to the operator's push gateway, retrying with backoff
 * what the gateway could not take for at least ten minutes; returns once they are taken, refused,
 * or given up on.
 */
public interface PushNotifier {

  int MAX_BATCH = 100;

  Outcome notify(List<Notification> notifications);

  /**
   * @param taken whether the gateway took them (false: it refused them, or never answered)
   * @param rejectedTokens tokens the gateway says are dead, to forget
   */
  record Outcome(boolean taken, Set<String> rejectedTokens) {
    public Outcome {
      rejectedTokens = Set.copyOf(rejectedTokens);
    }
  }
}
