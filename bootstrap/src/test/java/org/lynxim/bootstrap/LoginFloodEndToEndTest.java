package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password hashing never takes the CPU from the message path: while wrong-password logins flood the
 * node (as fast as 8 clients can send them; the failed-login limits are raised so that every one of
 * them costs a hash), an authenticated pull and a WebSocket heartbeat still answer fast.
 */
class LoginFloodEndToEndTest {
  private static final int FLOODERS = 8;
  private static final int SAMPLES = 150;

  @TempDir Path data;

  @Test
  void a_login_flood_leaves_pulls_and_heartbeats_fast() throws Exception {
    try (LynxServer node =
        TestNode.start(
            data,
            Map.of(
                "lynx.password.cost", "11",
                "lynx.login.failures.user", "1000000",
                "lynx.login.failures.address", "1000000"))) {
      RestClient rest = new RestClient(node.port());
      String alice = rest.registerAndLogin("alice_flood");
      rest.registerAndLogin("bob_flood");
      String chat = "dm:alice_flood:bob_flood";
      Map<Integer, LongAdder> floodAnswers = new ConcurrentHashMap<>();
      AtomicBoolean flooding = new AtomicBoolean(true);
      List<Thread> flooders = new ArrayList<>();
      for (int i = 0; i < FLOODERS; i++) {
        flooders.add(
            Thread.ofVirtual()
                .start(
                    () -> {
                      RestClient attacker = new RestClient(node.port());
                      while (flooding.get()) {
                        int status =
                            attacker
                                .post(
                                    "/api/v1/auth/login",
                                    null,
                                    "{\"username\":\"alice_flood\",\"password\":\"not-the-password\"}")
                                .status();
                        floodAnswers.computeIfAbsent(status, s -> new LongAdder()).increment();
                      }
                    }));
      }
      List<Long> pulls = new ArrayList<>();
      List<Long> heartbeats = new ArrayList<>();
      try (ChatClient phone = ChatClient.connect(node.port(), alice, "phone")) {
        Thread.sleep(500); // the flood is under way
        for (int i = 0; i < SAMPLES; i++) {
          long started = System.nanoTime();
          assertThat(rest.get("/api/v1/conversations/" + chat + "/messages", alice).status())
              .isEqualTo(200);
          pulls.add(System.nanoTime() - started);
          started = System.nanoTime();
          assertThat(phone.heartbeat().get("code").asInt()).isZero();
          heartbeats.add(System.nanoTime() - started);
          Thread.sleep(10);
        }
      } finally {
        flooding.set(false);
        for (Thread flooder : flooders) {
          flooder.join();
        }
      }

      assertThat(floodAnswers.keySet()).as("the flood ran: " + floodAnswers).contains(401);
      assertThat(p99Millis(pulls)).as("pull p99, ms").isLessThan(100);
      assertThat(p99Millis(heartbeats)).as("heartbeat p99, ms").isLessThan(100);
    }
  }

  private static double p99Millis(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6;
  }
}
