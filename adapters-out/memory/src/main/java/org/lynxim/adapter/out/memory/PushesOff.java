package org.lynxim.adapter.out.memory;

import java.util.List;
import org.lynxim.application.push.port.out.PushQueue;
import org.lynxim.domain.push.PushJob;

/**
 * The push queue of a server with no push gateway configured: offline push is off, so jobs are not
 * kept (nothing would ever take them) and no worker runs.
 */
public final class PushesOff implements PushQueue {
  @Override
  public void enqueue(List<PushJob> jobs) {}

  @Override
  public void work(Worker worker) {}
}
