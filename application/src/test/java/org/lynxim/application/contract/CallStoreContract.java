package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lynxim.application.call.port.out.CallStore;
import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.call.CallState;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** What every {@link CallStore} must do. */
public abstract class CallStoreContract {
  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private final UserId ann = UserId.of("ca" + run);
  private final UserId bob = UserId.of("cb" + run);
  private final UserId cal = UserId.of("cc" + run);
  private final UserDevice annPhone = new UserDevice(ann, DeviceId.of("phone"));
  private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

  protected abstract CallStore newStore();

  private Call invite(String id, UserDevice caller, UserId callee) {
    return Call.invite(
            new CallId(id + run),
            DirectChatId.between(caller.user(), callee),
            caller,
            CallMedia.AUDIO,
            now)
        .call();
  }

  @Test
  void a_user_is_in_one_call_at_a_time_until_it_ends() {
    CallStore store = newStore();
    Call call = invite("k1", annPhone, bob);

    assertThat(store.start(call)).isTrue();
    assertThat(store.start(invite("k2", new UserDevice(cal, DeviceId.of("x")), bob)))
        .as("bob is busy")
        .isFalse();
    assertThat(store.find(call.id())).contains(call);
    assertThat(store.ofUser(bob)).contains(call);
    assertThat(store.active()).contains(call);

    Call accepted =
        call.act(new UserDevice(bob, DeviceId.of("pad")), CallAction.ACCEPT, now).call();
    assertThat(store.replace(call, accepted)).isTrue();
    assertThat(store.replace(call, accepted)).as("an older version").isFalse();
    assertThat(store.find(call.id())).contains(accepted);

    Call ended = accepted.act(annPhone, CallAction.HANGUP, now.plusSeconds(9)).call();
    assertThat(store.replace(accepted, ended)).isTrue();
    assertThat(store.find(call.id()).map(Call::state)).contains(CallState.ENDED);
    assertThat(store.ofUser(ann)).isEmpty();
    assertThat(store.active()).doesNotContain(accepted, ended);
    assertThat(store.replace(accepted, ended)).as("an ended call takes no change").isFalse();
    assertThat(store.start(invite("k3", new UserDevice(cal, DeviceId.of("x")), bob))).isTrue();
    assertThat(store.find(new CallId("nope" + run))).isEmpty();
  }

  @Test
  void of_two_racing_changes_to_one_version_one_wins() throws Exception {
    CallStore store = newStore();
    Call call = invite("r1", annPhone, bob);
    store.start(call);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      UserDevice device = new UserDevice(bob, DeviceId.of("d" + i));
      tries.add(
          pool.submit(
              () -> {
                go.await();
                return store.replace(call, call.act(device, CallAction.ACCEPT, now).call());
              }));
    }
    go.countDown();
    int won = 0;
    for (Future<Boolean> one : tries) {
      won += one.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
    assertThat(store.find(call.id()).orElseThrow().acceptedBy()).isPresent();
  }
}
