package org.lynxim.adapter.out.memory;

import java.time.Duration;
import org.lynxim.application.account.port.out.LoginAttempts;

/**
 * Failed logins counted in this process: a token bucket per username and one per client address
 * (Bucket4j), each holding its allowance and refilled in full over {@code period}. Buckets that are
 * full again are swept now and then, so that many names or addresses do not pile up. In the cluster
 * shape each node counts its own: a guesser spread over N nodes gets N allowances.
 */
public final class InProcessLoginAttempts implements LoginAttempts {
  private final KeyedBuckets perUser;
  private final KeyedBuckets perAddress;

  /**
   * @param failuresPerUser failed logins a username may have within {@code period}
   * @param failuresPerAddress failed logins one client address may have within {@code period}
   */
  public InProcessLoginAttempts(int failuresPerUser, int failuresPerAddress, Duration period) {
    this.perUser = new KeyedBuckets(failuresPerUser, failuresPerUser, period);
    this.perAddress = new KeyedBuckets(failuresPerAddress, failuresPerAddress, period);
  }

  @Override
  public boolean mayTry(String username, String clientAddress) {
    return perUser.hasRoom(username) && perAddress.hasRoom(clientAddress);
  }

  @Override
  public void failed(String username, String clientAddress) {
    perUser.tryConsume(username);
    perAddress.tryConsume(clientAddress);
  }
}
