package org.lynxim.application.call.port.in;

/**
 * Ends the calls nobody accepted within the ring time (missed), and those a party left without a
 * word (its device gone from every node): called every second on every node, so that a call whose
 * node died is ended by another.
 *
 * @return how many calls it ended
 */
public interface EndStaleCallsUseCase {
  int endStale();
}
