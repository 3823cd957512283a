package org.lynxim.application.push.port.in;

import java.util.List;
import org.lynxim.domain.push.PushJob;

/**
 * Decides, for a batch of jobs, which devices of whom are woken (the push rules), and hands the
 * notifications to the gateway in batches; tokens it reports dead are forgotten.
 *
 * @return how many notifications were taken by the gateway
 */
public interface DeliverPushesUseCase {
  int deliver(List<PushJob> jobs);
}
