package org.lynxim.application.presence.port.out;

import java.time.Duration;

/** Runs a task once, later, on a thread of the adapter's; a task that fails is logged there. */
public interface Timers {

  void after(Duration delay, Runnable task);
}
