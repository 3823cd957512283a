package org.lynxim.application.account.port.out;

/**
 * Failed logins, counted per username and per client address, so that guessing passwords is slow
 * and a flood of wrong logins stops before it costs any hashing. Allowances come back with time.
 * Safe for concurrent use, never blocks.
 */
public interface LoginAttempts {

  /** Whether another try is allowed now for this username from this address. */
  boolean mayTry(String username, String clientAddress);

  /** A try failed: it uses up some of the allowance of both the username and the address. */
  void failed(String username, String clientAddress);
}
