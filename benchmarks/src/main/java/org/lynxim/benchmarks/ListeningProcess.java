package org.lynxim.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The process listening on a TCP port of this machine, found through Linux's /proc: the listening
 * socket's inode from /proc/net/tcp and tcp6, then the process holding it among /proc/PID/fd. Lets
 * the generator measure the server it talks to, also when several servers run.
 */
final class ListeningProcess {
  private static final String LISTEN = "0A";

  private ListeningProcess() {}

  static Optional<Long> onPort(int port) {
    Set<String> inodes = new HashSet<>();
    String hexPort = ":" + String.format(Locale.ROOT, "%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] fields = line.trim().split("\\s+");
          if (fields.length > 9 && fields[1].endsWith(hexPort) && fields[3].equals(LISTEN)) {
            inodes.add("socket:[" + fields[9] + "]");
          }
        }
      } catch (IOException | RuntimeException notLinux) {
        // No such table here: nothing to find in it.
      }
    }
    if (inodes.isEmpty()) {
      return Optional.empty();
    }
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(dir -> holdsAny(dir, inodes))
          .map(dir -> Long.parseLong(dir.getFileName().toString()))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean holdsAny(Path process, Set<String> inodes) {
    try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
      return fds.anyMatch(
          fd -> {
            try {
              return inodes.contains(Files.readSymbolicLink(fd).toString());
            } catch (IOException closedMeanwhile) {
              return false;
            }
          });
    } catch (IOException | SecurityException notOurs) {
      return false;
    }
  }
}
