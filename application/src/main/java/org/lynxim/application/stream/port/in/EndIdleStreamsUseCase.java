package org.lynxim.application.stream.port.in;

/**
 * Ends the streams that had no chunk for the idle time, with what they have; called every second on
 * every node, so that a stream whose node died is ended by another. Also ends the streams whose
 * buffer was lost (a store restarted), with nothing.
 *
 * @return how many streams it ended
 */
public interface EndIdleStreamsUseCase {
  int endIdle();
}
