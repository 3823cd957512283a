package org.lynxim.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Idle connections: opens {@code connections} authenticated WebSockets (users with many devices
 * each, to keep registrations few), heartbeats them, and reports how long the ramp took and what
 * the server holds per connection.
 */
final class ConnectionsScenario {
  record Settings(
      String prefix,
      int connections,
      int devicesPerUser,
      int openAtOnce,
      Duration hold,
      Duration heartbeat,
      Optional<Long> serverPid) {}

  private final Server server;
  private final Settings settings;

  ConnectionsScenario(Server server, Settings settings) {
    this.server = server;
    this.settings = settings;
  }

  Report run() throws Exception {
    int perUser = Math.max(1, settings.devicesPerUser());
    int userCount = (settings.connections() + perUser - 1) / perUser;
    Users users = Users.of(server, settings.prefix(), userCount, 16);
    ServerProcess process = new ServerProcess(server, settings.serverPid());
    ServerProcess.Memory before = process.measure();
    List<Conn> connections = Collections.synchronizedList(new ArrayList<>());
    LongAdder opened = new LongAdder();
    long rampStart = System.nanoTime();
    try (Progress progress = new Progress("connections", opened, "open");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.openAtOnce()))) {
      List<Future<?>> opening = new ArrayList<>();
      for (int i = 0; i < settings.connections(); i++) {
        String token = users.tokens().get(i / perUser);
        String device = "d" + (i % perUser);
        opening.add(
            pool.submit(
                () -> {
                  connections.add(server.connect(token, device, frame -> {}));
                  opened.increment();
                }));
      }
      for (Future<?> open : opening) {
        open.get();
      }
    }
    double rampSeconds = (System.nanoTime() - rampStart) / 1e9;
    Thread heartbeats = Thread.ofVirtual().start(() -> heartbeat(connections));
    try {
      Thread.sleep(settings.hold().toMillis());
      ServerProcess.Memory after = process.measure();
      long open = connections.stream().filter(Conn::isOpen).count();
      int n = settings.connections();
      Report report =
          new Report("connections")
              .setting("connections", n)
              .setting("hold_seconds", settings.hold().toSeconds())
              .value("ramp_seconds", rampSeconds)
              .value("connections_per_second", n / rampSeconds)
              .value("still_open_after_hold", open)
              .value("server_heap_before_mib", before.heapBytes() / 1048576.0)
              .value("server_heap_after_mib", after.heapBytes() / 1048576.0)
              .value(
                  "heap_per_connection_kib", (after.heapBytes() - before.heapBytes()) / 1024.0 / n);
      if (before.rssBytes() > 0) {
        report
            .value("server_rss_before_mib", before.rssBytes() / 1048576.0)
            .value("server_rss_after_mib", after.rssBytes() / 1048576.0)
            .value("rss_per_connection_kib", (after.rssBytes() - before.rssBytes()) / 1024.0 / n);
      }
      return report;
    } finally {
      heartbeats.interrupt();
      connections.forEach(Conn::close);
    }
  }

  private void heartbeat(List<Conn> connections) {
    try {
      while (true) {
        Thread.sleep(settings.heartbeat().toMillis());
        List<Conn> snapshot;
        synchronized (connections) {
          snapshot = List.copyOf(connections);
        }
        for (Conn conn : snapshot) {
          if (conn.isOpen()) {
            conn.send(Frames.HEARTBEAT);
          }
        }
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }
}
