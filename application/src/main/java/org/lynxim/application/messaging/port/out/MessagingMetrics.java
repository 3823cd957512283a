package org.lynxim.application.messaging.port.out;

import java.time.Duration;

/** Counters and timers of the message path. Cheap and non-blocking. */
public interface MessagingMetrics {

  /** A new message was stored; {@code latency} from the use case's start to durable storage. */
  void messageStored(Duration latency);

  /** Pushes were handed to devices' outgoing queues. */
  void messagesPushed(int count);

  /** A batch's messages reached their members' inboxes this long after they were stored. */
  void inboxFilled(Duration lag);
}
