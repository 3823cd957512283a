package org.lynxim.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** A group named {@code name} of all these users, made by the first; its conversation id. */
  String createGroup(Server server, String name) {
    ObjectNode body = Server.JSON.createObjectNode().put("name", name);
    ArrayNode list = body.putArray("members");
    names.subList(1, names.size()).forEach(list::add);
    Server.Response created = server.post("/api/v1/groups", tokens.getFirst(), body.toString());
    if (created.status() != 201) {
      throw new IllegalStateException("cannot create the group: " + created);
    }
    return created.body().get("conversation_id").asText();
  }

  static String direct(String a, String b) {
    return a.compareTo(b) < 0 ? "dm:" + a + ":" + b : "dm:" + b + ":" + a;
  }
}
