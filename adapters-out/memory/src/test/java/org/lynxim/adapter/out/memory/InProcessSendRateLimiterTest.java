package org.lynxim.adapter.out.memory;

import org.lynxim.application.contract.SendRateLimiterContract;
import org.lynxim.application.messaging.port.out.SendRateLimiter;

class InProcessSendRateLimiterTest extends SendRateLimiterContract {
  @Override
  protected SendRateLimiter newLimiter(
      long perSecond, long burst, long userPerSecond, long userBurst) {
    return new InProcessSendRateLimiter(perSecond, burst, userPerSecond, userBurst);
  }
}
