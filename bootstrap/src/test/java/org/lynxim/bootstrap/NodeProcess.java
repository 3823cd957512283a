package org.lynxim.bootstrap;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real Main in a JVM of its own, so that SIGTERM, SIGKILL and shutdown hooks are real. */
record NodeProcess(Process process, int port) {

  static NodeProcess start(Path data, Map<String, String> environment) throws Exception {
    return start(data, environment, List.of());
  }

  /** With options for the node's JVM, such as a small heap. */
  static NodeProcess start(Path data, Map<String, String> environment, List<String> jvmOptions)
      throws Exception {
    Files.createDirectories(data);
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    // The JDK's launcher, not this process's executable (which may be a loader that started it).
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(command(java, jvmOptions))
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("node.log").toFile());
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    builder.environment().put("SERVER_HOST", "127.0.0.1");
    builder.environment().put("LYNX_DATA_DIR", data.toString());
    builder.environment().put("LYNX_PASSWORD_COST", "4");
    builder.environment().put("LYNX_RATE_BURST", "100000");
    builder.environment().put("LYNX_RATE_USER_REFILL", "1000000");
    builder.environment().put("LYNX_RATE_USER_BURST", "1000000");
    builder.environment().putAll(environment);
    Process process = builder.start();
    RestClient rest = new RestClient(port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (rest.get("/observe/health", null).status() == 200) {
          return new NodeProcess(process, port);
        }
      } catch (AssertionError notYet) {
        // Not listening yet.
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new AssertionError(
        "the node did not come up: " + Files.readString(data.resolve("node.log")));
  }

  private static List<String> command(String java, List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    return command;
  }

  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }
}
