package org.lynxim.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The load generator's own users, registered (or logged in again) in parallel. */
record Users(List<String> names, List<String> tokens) {

  static Users of(Server server, String prefix, int count, int parallelism) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(prefix + "_" + i);
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism))) {
      List<Future<String>> tokens = new ArrayList<>();
      for (String name : names) {
        tokens.add(pool.submit(() -> server.token(name, "bench-" + name)));
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
