package org.lynxim.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Redis server of a test's own, on a free loopback port, for tests that wipe it (FLUSHALL) or
 * stop it: the shared Redis on 6379 is never touched. Keeps nothing on disk; gone on close.
 */
final class PrivateRedis implements AutoCloseable {
  private final Process process;
  private final int port;

  private PrivateRedis(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static PrivateRedis start(Path dir) throws IOException, InterruptedException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Process process =
        new ProcessBuilder(
                "redis-server",
                "--port",
                String.valueOf(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                Files.createDirectories(dir).toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("redis.log").toFile())
            .start();
    PrivateRedis redis = new PrivateRedis(process, port);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!redis.answers()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        redis.close();
        throw new IllegalStateException("redis-server did not start on port " + port);
      }
      Thread.sleep(50);
    }
    return redis;
  }

  String address() {
    return "redis://127.0.0.1:" + port;
  }

  /** Runs a command that answers a simple string ({@code +OK}), such as FLUSHALL. */
  void command(String command) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      if (in.read() != '+') {
        throw new IOException(command + " failed");
      }
    }
  }

  private boolean answers() {
    try {
      command("PING");
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
