package org.lynxim.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server process uses: heap from its Prometheus metrics, resident memory from /proc when
 * its pid is known (the same machine), and a full GC through jcmd before measuring, so that the
 * heap counts what is live rather than garbage not yet collected.
 */
final class ServerProcess {
  private static final Pattern USED_HEAP =
      Pattern.compile("^memory_usedHeap_bytes\\{[^}]*}\\s+(\\S+)", Pattern.MULTILINE);

  private final Server server;
  private final Optional<Long> pid;

  ServerProcess(Server server, Optional<Long> pid) {
    this.server = server;
    this.pid = pid;
  }

  record Memory(long heapBytes, long rssBytes) {}

  Memory measure() {
    pid.ifPresent(ServerProcess::fullGc);
    Server.Response metrics = server.get("/observe/metrics", null);
    Matcher heap = USED_HEAP.matcher(metrics.text());
    long heapBytes = heap.find() ? (long) Double.parseDouble(heap.group(1)) : -1;
    return new Memory(heapBytes, pid.map(ServerProcess::rss).orElse(-1L));
  }

  private static void fullGc(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      process.waitFor(60, TimeUnit.SECONDS);
      Thread.sleep(500);
    } catch (IOException e) {
      System.err.println("jcmd GC.run failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException e) {
      System.err.println("cannot read the server's /proc status: " + e.getMessage());
    }
    return -1;
  }
}
