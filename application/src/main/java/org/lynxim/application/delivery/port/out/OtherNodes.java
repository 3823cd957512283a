package org.lynxim.application.delivery.port.out;

/**
 * The other nodes of the cluster, as far as delivery goes: what one node tells reaches every other
 * node once, and never comes back to the node that told it. Best effort and not persistent, like a
 * push: a node that misses an event leaves its devices to catch up by pulling. A single process has
 * no other nodes.
 */
public interface OtherNodes {

  /** Passes the event to every other node; never blocks for long, never throws. */
  void tell(DeliveryEvent event);

  /**
   * Sets the one listener for what the other nodes tell; called once, at start-up. Events are heard
   * from then on, each on a thread of the adapter's.
   */
  void listen(Listener listener);

  /** Hears the other nodes' events; owned by the application. */
  interface Listener {
    void heard(DeliveryEvent event);
  }
}
