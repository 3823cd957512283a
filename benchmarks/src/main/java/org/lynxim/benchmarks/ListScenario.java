package org.lynxim.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * The conversation list of a user with many conversations: {@code conversations} in all, {@code
 * groups} of them groups (each with a member_added system message), the rest direct chats whose
 * peer wrote a message, half of them read. Then {@code calls} calls of {@code GET
 * /api/v1/conversations} (the whole list in one page) and of {@code GET /api/v1/unread}, one at a
 * time, each timed.
 */
final class ListScenario {
  record Settings(String prefix, int conversations, int groups, int calls) {}

  private final Server server;
  private final Settings settings;

  ListScenario(Server server, Settings settings) {
    this.server = server;
    this.settings = settings;
  }

  Report run() throws Exception {
    int directs = settings.conversations() - settings.groups();
    Users owner = Users.of(server, settings.prefix() + "o", 1, 1);
    Users peers = Users.of(server, settings.prefix() + "p", Math.max(directs, 2), 8);
    String token = owner.tokens().getFirst();
    String name = owner.names().getFirst();
    long setupStart = System.nanoTime();
    LongAdder made = new LongAdder();
    try (ExecutorService pool = Executors.newFixedThreadPool(8);
        Progress progress = new Progress("list setup", made, "conversations")) {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < directs; i++) {
        int peer = i;
        work.add(
            pool.submit(
                () -> {
                  String chat = Users.direct(name, peers.names().get(peer));
                  String body = "{\"msg_id\":\"l" + peer + "\",\"content\":\"hello " + peer + "\"}";
                  check(
                      server.post(
                          "/api/v1/conversations/" + chat + "/messages",
                          peers.tokens().get(peer),
                          body));
                  if (peer % 2 == 0) {
                    check(
                        server.post(
                            "/api/v1/conversations/" + chat + "/ack", token, "{\"seq\":1}"));
                  }
                  made.increment();
                }));
      }
      for (int g = 0; g < settings.groups(); g++) {
        int group = g;
        work.add(
            pool.submit(
                () -> {
                  String members = "[\"" + peers.names().get(group % peers.names().size()) + "\"]";
                  var created =
                      check(
                          server.post(
                              "/api/v1/groups",
                              token,
                              "{\"name\":\"g" + group + "\",\"members\":" + members + "}"));
                  String id = created.body().get("group_id").asText();
                  String added =
                      "{\"user_ids\":[\""
                          + peers.names().get((group + 1) % peers.names().size())
                          + "\"]}";
                  check(server.post("/api/v1/groups/" + id + "/members", token, added));
                  made.increment();
                }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    }
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

    Histogram list = Histograms.micros();
    Histogram unread = Histograms.micros();
    int listed = 0;
    for (int i = 0; i < settings.calls(); i++) {
      long start = System.nanoTime();
      Server.Response page = check(server.get("/api/v1/conversations?limit=1000", token));
      Histograms.recordSince(list, start);
      listed = page.body().get("conversations").size();
      start = System.nanoTime();
      check(server.get("/api/v1/unread", token));
      Histograms.recordSince(unread, start);
    }
    return new Report("list")
        .setting("conversations", settings.conversations())
        .setting("groups", settings.groups())
        .setting("calls", settings.calls())
        .value("setup_seconds", setupSeconds)
        .value("listed", listed)
        .latency("list", list)
        .latency("unread", unread);
  }

  private static Server.Response check(Server.Response response) {
    if (response.status() / 100 != 2) {
      throw new IllegalStateException(
          "unexpected answer " + response.status() + ": " + response.text());
    }
    return response;
  }
}
