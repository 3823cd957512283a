package org.lynxim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lynxim.bootstrap.Lynx;
import org.lynxim.bootstrap.LynxServer;
import picocli.CommandLine;

/** A tiny run of every scenario against a real node, so the load generator never rots. */
class TinyRunsTest {
  @TempDir static Path data;
  @TempDir static Path out;
  static LynxServer node;

  @BeforeAll
  static void start() {
    Map<String, String> settings =
        Map.of(
            "server.port", "0",
            "server.host", "127.0.0.1",
            "lynx.data.dir", data.toString(),
            "lynx.password.cost", "4",
            "lynx.rate.refill", "100000",
            "lynx.rate.burst", "100000",
            "lynx.rate.user.refill", "1000000",
            "lynx.rate.user.burst", "1000000");
    node =
        Lynx.start(
            Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(
                    ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
                .build());
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private int run(String... args) {
    String[] common = {"--url", "http://127.0.0.1:" + node.port(), "--out", out.toString()};
    String[] all = new String[args.length + common.length];
    System.arraycopy(args, 0, all, 0, 1);
    System.arraycopy(common, 0, all, 1, common.length);
    System.arraycopy(args, 1, all, 1 + common.length, args.length - 1);
    return new CommandLine(new LoadGenerator()).execute(all);
  }

  @Test
  void direct_runs_and_loses_nothing() throws Exception {
    assertThat(run("direct", "-c", "4", "-w", "4", "-d", "PT1S", "--warmup", "PT0.2S")).isZero();
    var result = Server.JSON.readTree(out.resolve("direct.json").toFile());
    assertThat(result.at("/values/acked").asLong()).isPositive();
    assertThat(result.at("/values/lost (never acked)").asLong()).isZero();
    assertThat(result.at("/values/lost (never pushed)").asLong()).isZero();
    assertThat(result.at("/latency_ms/send_to_push/count").asLong()).isPositive();
    assertThat(Files.size(out.resolve("direct.png"))).isPositive();
  }

  @Test
  void direct_in_open_loop_offers_its_rate_and_loses_nothing() throws Exception {
    assertThat(
            run(
                "direct",
                "-c",
                "8",
                "-w",
                "8",
                "--rate",
                "400",
                "-d",
                "PT2S",
                "--warmup",
                "PT0.5S"))
        .isZero();
    var result = Server.JSON.readTree(out.resolve("direct.json").toFile());
    assertThat(result.at("/values/acked_per_second").asDouble()).isBetween(300.0, 500.0);
    assertThat(result.at("/values/lost (never acked)").asLong()).isZero();
    assertThat(result.at("/values/lost (never pushed)").asLong()).isZero();
    assertThat(result.at("/latency_ms/send_to_push/count").asLong()).isPositive();
  }

  @Test
  void group_runs_and_every_member_gets_every_message() throws Exception {
    assertThat(run("group", "-n", "5", "-s", "2", "-w", "2", "-d", "PT1S", "--warmup", "PT0.2S"))
        .isZero();
    var result = Server.JSON.readTree(out.resolve("group.json").toFile());
    assertThat(result.at("/values/pushes").asLong()).isPositive();
    assertThat(result.at("/values/lost (pushes missing)").asLong()).isZero();
  }

  @Test
  void stream_runs_and_every_watcher_gets_every_chunk() throws Exception {
    assertThat(run("stream", "-n", "3", "-w", "4", "-d", "PT1S", "--warmup", "PT0.2S")).isZero();
    var result = Server.JSON.readTree(out.resolve("stream.json").toFile());
    assertThat(result.at("/values/taken").asLong()).isPositive();
    assertThat(result.at("/values/refused (error answers)").asLong()).isZero();
    assertThat(result.at("/values/lost (relays missing)").asLong()).isZero();
    assertThat(result.at("/latency_ms/chunk_to_each_watcher/count").asLong()).isPositive();
  }

  @Test
  void connections_runs() throws Exception {
    assertThat(
            run(
                "connections",
                "-n",
                "20",
                "--devices-per-user",
                "10",
                "--hold",
                "PT0.5S",
                "--server-pid",
                String.valueOf(ProcessHandle.current().pid())))
        .isZero();
    var result = Server.JSON.readTree(out.resolve("connections.json").toFile());
    assertThat(result.at("/values/still_open_after_hold").asLong()).isEqualTo(20);
  }

  @Test
  void the_process_listening_on_the_servers_port_is_found_for_its_memory() {
    // The server runs in this JVM here.
    assertThat(ListeningProcess.onPort(node.port())).contains(ProcessHandle.current().pid());
    assertThat(ListeningProcess.onPort(1)).isEmpty();
  }

  @Test
  void help_gives_every_option_a_description_and_its_default() {
    var help = new java.io.StringWriter();
    new CommandLine(new LoadGenerator())
        .getSubcommands()
        .get("connections")
        .usage(new java.io.PrintWriter(help));

    assertThat(help.toString())
        .contains("--hold=<hold>", "how long to hold", "Default: PT10S")
        .contains("Default: " + System.getProperty("java.io.tmpdir") + "/lynx-loadgen");
  }

  @Test
  void pull_runs() throws Exception {
    assertThat(run("pull", "-m", "300", "-p", "40", "--clients", "2")).isZero();
    var result = Server.JSON.readTree(out.resolve("pull.json").toFile());
    assertThat(result.at("/values/failed_pulls").asLong()).isZero();
    assertThat(result.at("/values/messages_returned").asLong()).isEqualTo(40 * 50);
  }

  @Test
  void sixty_users_from_one_address_are_prepared_without_tripping_the_failed_login_limit() {
    // The server allows an address 50 failed logins a minute: preparing users must fail none.
    assertThat(run("catch-up", "-k", "60", "-m", "1", "--limit", "100")).isZero();
  }

  @Test
  void catch_up_runs_and_pulls_everything_missed() throws Exception {
    assertThat(run("catch-up", "-k", "5", "-m", "30", "--limit", "20")).isZero();
    var result = Server.JSON.readTree(out.resolve("catch-up.json").toFile());
    assertThat(result.at("/values/messages_pulled").asLong()).isEqualTo(150);
    assertThat(result.at("/values/messages_synced").asLong()).isEqualTo(150);
  }
}
