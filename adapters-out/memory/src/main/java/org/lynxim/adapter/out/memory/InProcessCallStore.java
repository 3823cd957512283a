package org.lynxim.adapter.out.memory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallState;
import org.lynxim.domain.user.UserId;

/**
 * Calls of a single process, under one lock (calls are few and their changes rare). The last
 * {@value #ENDED_KEPT} ended calls are kept, so that a late action hears the call ended.
 */
public final class InProcessCallStore implements CallStore {
  private static final int ENDED_KEPT = 10_000;

  private final Map<CallId, Call> active = new HashMap<>();
  private final Map<UserId, CallId> busy = new HashMap<>();
  private final Map<CallId, Call> ended =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CallId, Call> eldest) {
          return size() > ENDED_KEPT;
        }
      };

  @Override
  public synchronized boolean start(Call call) {
    if (busy.containsKey(call.caller().user()) || busy.containsKey(call.callee())) {
      return false;
    }
    active.put(call.id(), call);
    busy.put(call.caller().user(), call.id());
    busy.put(call.callee(), call.id());
    return true;
  }

  @Override
  public synchronized Optional<Call> find(CallId call) {
    return Optional.ofNullable(active.get(call)).or(() -> Optional.ofNullable(ended.get(call)));
  }

  @Override
  public synchronized Optional<Call> ofUser(UserId user) {
    return Optional.ofNullable(busy.get(user)).map(active::get);
  }

  @Override
  public synchronized boolean replace(Call before, Call after) {
    Call current = active.get(before.id());
    if (current == null || current.version() != before.version()) {
      return false;
    }
    if (after.state() == CallState.ENDED) {
      active.remove(after.id());
      busy.remove(after.caller().user(), after.id());
      busy.remove(after.callee(), after.id());
      ended.put(after.id(), after);
    } else {
      active.put(after.id(), after);
    }
    return true;
  }

  @Override
  public synchronized List<Call> active() {
    return List.copyOf(active.values());
  }
}
