package org.lynxim.application.messaging.port.in;

/** Drops inbox entries past their retention; run now and then. */
public interface TrimInboxesUseCase {

  /** Answers how many entries were dropped. */
  int trim();
}
