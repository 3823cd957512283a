package org.lynxim.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/** The load generator's own users, registered (or logged in again) in parallel. */
record Users(List<String> names, List<String> tokens) {

  static Users of(Server server, String prefix, int count, int parallelism) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(prefix + "_" + i);
    }
    LongAdder ready = new LongAdder();
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism));
        Progress progress = new Progress(prefix + " users", ready, "ready")) {
      List<Future<String>> tokens = new ArrayList<>();
      for (String name : names) {
        tokens.add(
            pool.submit(
                () -> {
                  String token = server.token(name, "bench-" + name);
                  ready.increment();
                  return token;
                }));
      }
      List<String> result = new ArrayList<>();
      for (Future<String> token : tokens) {
        result.add(token.get());
      }
      return new Users(names, result);
    } catch (Exception e) {
      throw new IllegalStateException("cannot prepare users: " + e.getMessage(), e);
    }
  }

  static String direct(String a, String b) {
    return a.compareTo(b) < 0 ? "dm:" + a + ":" + b : "dm:" + b + ":" + a;
  }
}
