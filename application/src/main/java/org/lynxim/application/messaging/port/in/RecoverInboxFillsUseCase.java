package org.lynxim.application.messaging.port.in;

/**
 * Fills into the inboxes the stored messages whose fill a crash cut off (between storing a batch
 * and filling it). Run at start-up, before clients connect.
 */
public interface RecoverInboxFillsUseCase {

  /** Answers how many conversations were behind. */
  int recover();
}
