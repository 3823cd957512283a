package org.lynxim.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The Lynx IM load generator: real WebSocket clients speaking PROTOCOL.md to a server on this
 * machine, one scenario per subcommand. Each run prints a table and writes a JSON result and a PNG
 * plot of the latency percentiles.
 */
@Command(
    name = "lynx-loadgen",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    subcommands = {
      LoadGenerator.Direct.class,
      LoadGenerator.Group.class,
      LoadGenerator.Connections.class,
      LoadGenerator.Pull.class,
      LoadGenerator.CatchUp.class,
      LoadGenerator.ConversationList.class,
      LoadGenerator.FileTransfer.class,
      LoadGenerator.Streaming.class,
      LoadGenerator.Curve.class
    },
    description = "Measures a Lynx IM server over its wire protocol (loopback only).")
public final class LoadGenerator {

  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadGenerator()).execute(args));
  }

  /** Options every scenario takes. */
  static final class Common {
    @Option(
        names = "--url",
        defaultValue = "http://127.0.0.1:8080",
        description = "server base URL")
    URI url;

    @Option(
        names = "--out",
        defaultValue = "${sys:java.io.tmpdir}/lynx-loadgen",
        description =
            "directory for the JSON result and the PNG plot (results worth keeping are copied to"
                + " benchmarks/results on purpose)")
    Path out;

    @Option(
        names = "--name",
        description = "user name prefix (default: the scenario and a random tag)")
    String name;

    @Option(
        names = "--http-clients",
        defaultValue = "4",
        description = "JDK HTTP clients for the REST calls (selector threads)")
    int httpClients;

    @Option(
        names = "--ws-threads",
        defaultValue = "1",
        description = "event-loop threads for all the WebSocket connections")
    int wsThreads;

    @Option(
        names = "--also-url",
        description =
            "another node of the same cluster (repeatable): direct puts each pair's sender and"
                + " receiver on different nodes, round robin, so every message crosses nodes")
    List<URI> alsoUrls = List.of();

    Server server() {
      return new Server(url, httpClients, WebSockets.shared(wsThreads));
    }

    /** The first node, then the others: one client each. */
    List<Server> nodes() {
      List<Server> nodes = new java.util.ArrayList<>();
      nodes.add(server());
      alsoUrls.forEach(
          other -> nodes.add(new Server(other, httpClients, WebSockets.shared(wsThreads))));
      return nodes;
    }

    String prefix(String scenario) {
      return name != null ? name : scenario + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    Integer finish(Report report, String file) throws Exception {
      report.print(System.out);
      Files.createDirectories(out);
      Path json = out.resolve(file + ".json");
      Path png = out.resolve(file + ".png");
      report.writeJson(json);
      boolean plotted = report.plot(png);
      System.out.println("  written: " + json + (plotted ? ", " + png : " (no latency to plot)"));
      return 0;
    }
  }

  /** How long the sending scenarios send, and what. */
  static final class Sending {
    @Option(
        names = {"-d", "--duration"},
        defaultValue = "PT20S",
        description = "how long to measure, after the warm-up")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "PT5S", description = "sending before measuring")
    Duration warmup;

    @Option(
        names = "--content-bytes",
        defaultValue = "100",
        description = "bytes of text in each message")
    int contentBytes;
  }

  @Command(
      name = "direct",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description = "one-to-one chat in pairs")
  static final class Direct implements Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = {"-c", "--connections"},
        defaultValue = "100",
        description = "WebSocket connections, half of them senders, each paired with a receiver")
    int connections;

    @Option(
        names = {"-w", "--in-flight"},
        defaultValue = "10",
        description =
            "unanswered sends per sender (with --rate: only a bound on memory; a send held back"
                + " by it counts its wait as latency)")
    int inFlight;

    @Option(
        names = {"-r", "--rate"},
        defaultValue = "0",
        description =
            "open loop: messages per second offered over all senders on a fixed schedule,"
                + " latency measured from each message's scheduled time (0: closed loop)")
    double rate;

    @Mixin Sending sending;

    @Override
    public Integer call() throws Exception {
      var settings =
          new DirectScenario.Settings(
              common.prefix("bd"),
              connections,
              inFlight,
              sending.warmup,
              sending.duration,
              sending.contentBytes,
              Duration.ofSeconds(30),
              rate);
      return common.finish(new DirectScenario(common.nodes(), settings).run(), "direct");
    }
  }

  @Command(
      name = "group",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description = "fan-out in one group")
  static final class Group implements Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = {"-n", "--members"},
        defaultValue = "1000",
        description = "members of the group, each connected")
    int members;

    @Option(
        names = {"-s", "--senders"},
        defaultValue = "1",
        description = "members that send")
    int senders;

    @Option(
        names = {"-w", "--in-flight"},
        defaultValue = "1",
        description = "unanswered sends per sender")
    int inFlight;

    @Option(
        names = "--focused",
        defaultValue = "0",
        description =
            "members (after the senders) that show the group: with storm control only they get"
                + " the messages; 0: the scenario expects every member to get them")
    int focused;

    @Mixin Sending sending;

    @Override
    public Integer call() throws Exception {
      var settings =
          new GroupScenario.Settings(
              common.prefix("bg"),
              members,
              senders,
              inFlight,
              sending.warmup,
              sending.duration,
              sending.contentBytes,
              Duration.ofSeconds(30),
              focused);
      return common.finish(new GroupScenario(common.server(), settings).run(), "group");
    }
  }

  @Command(
      name = "connections",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description = "idle connections held")
  static final class Connections implements Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = {"-n", "--connections"},
        defaultValue = "1000",
        description = "idle connections to open and hold")
    int connections;

    @Option(
        names = "--devices-per-user",
        defaultValue = "20",
        description = "connections per user (each a device; at most the server's max devices)")
    int devicesPerUser;

    @Option(
        names = "--open-at-once",
        defaultValue = "64",
        description = "handshakes in flight while opening")
    int openAtOnce;

    @Option(
        names = "--hold",
        defaultValue = "PT10S",
        description = "how long to hold the connections open before measuring")
    Duration hold;

    @Option(
        names = "--heartbeat",
        defaultValue = "PT30S",
        description = "heartbeat period of each connection")
    Duration heartbeat;

    @Option(
        names = "--server-pid",
        description =
            "the server's pid, for its RSS and a GC before measuring (default: the process"
                + " listening on the URL's port, found through /proc)")
    Long serverPid;

    @Override
    public Integer call() throws Exception {
      var settings =
          new ConnectionsScenario.Settings(
              common.prefix("bc"),
              connections,
              devicesPerUser,
              openAtOnce,
              hold,
              heartbeat,
              Optional.ofNullable(serverPid)
                  .or(() -> ListeningProcess.onPort(common.url.getPort())));
      return common.finish(new ConnectionsScenario(common.server(), settings).run(), "connections");
    }
  }

  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description = "history pulls at random cursors")
  static final class Pull implements Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = {"-m", "--messages"},
        defaultValue = "100000",
        description = "messages in the conversation")
    long messages;

    @Option(
        names = {"-p", "--pulls"},
        defaultValue = "10000",
        description = "pulls to measure, at random cursors")
    int pulls;

    @Option(names = "--limit", defaultValue = "50", description = "messages per pull")
    int limit;

    @Option(names = "--clients", defaultValue = "4", description = "clients pulling at once")
    int clients;

    @Override
    public Integer call() throws Exception {
      var settings =
          new PullScenario.Settings(common.prefix("bp"), messages, pulls, limit, clients);
      return common.finish(new PullScenario(common.server(), settings).run(), "pull");
    }
  }

  @Command(
      name = "catch-up",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description = "reconnect after missing messages")
  static final class CatchUp implements Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = {"-k", "--conversations"},
        defaultValue = "100",
        description = "direct chats of the user who was away")
    int conversations;

    @Option(
        names = {"-m", "--per-conversation"},
        defaultValue = "20",
        description = "messages each chat gets while the user is away")
    int perConversation;

    @Option(
        names = "--edits",
        defaultValue = "0",
        description =
            "of those, how many each peer edits while the user is away (each edit appends a"
                + " system message to catch up on)")
    int edits;

    @Option(names = "--limit", defaultValue = "200", description = "entries per sync page")
    int limit;

    @Override
    public Integer call() throws Exception {
      var settings =
          new CatchUpScenario.Settings(
              common.prefix("bu"), conversations, perConversation, limit, edits);
      return common.finish(new CatchUpScenario(common.server(), settings).run(), "catch-up");
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description = "the conversation list and unread summary of a user with many conversations")
  static final class ConversationList implements Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = {"-k", "--conversations"},
        defaultValue = "500",
        description = "conversations of the user")
    int conversations;

    @Option(
        names = {"-g", "--groups"},
        defaultValue = "50",
        description = "how many of them are groups (the server needs LYNX_RATE_GROUPS_* above it)")
    int groups;

    @Option(names = "--calls", defaultValue = "200", description = "list calls to measure")
    int calls;

    @Override
    public Integer call() throws Exception {
      var settings = new ListScenario.Settings(common.prefix("bl"), conversations, groups, calls);
      return common.finish(new ListScenario(common.server(), settings).run(), "list");
    }
  }

  @Command(
      name = "files",
      description = "Uploads then downloads distinct files over REST: MiB/s and latency each way.")
  static final class FileTransfer implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--files", defaultValue = "200", description = "files to upload and download")
    int files;

    @Option(names = "--bytes", defaultValue = "1048576", description = "size of each file")
    int bytes;

    @Option(
        names = {"-c", "--clients"},
        defaultValue = "4",
        description = "uploads (then downloads) in flight at once")
    int clients;

    @Override
    public Integer call() throws Exception {
      var settings = new FilesScenario.Settings(common.prefix("bf"), files, bytes, clients);
      return common.finish(new FilesScenario(common.server(), settings).run(), "files");
    }
  }

  @Command(
      name = "stream",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description =
          "A bot streams chunks into a group of watchers: chunks/s and chunk-to-watcher latency.")
  static final class Streaming implements Callable<Integer> {
    @Mixin Common common;

    @Option(
        names = {"-n", "--watchers"},
        defaultValue = "10",
        description = "members who watch the stream, each connected")
    int watchers;

    @Option(
        names = {"-w", "--in-flight"},
        defaultValue = "1",
        description = "unanswered chunks")
    int inFlight;

    @Option(names = "--chunk-bytes", defaultValue = "32", description = "bytes of each chunk")
    int chunkBytes;

    @Mixin Sending sending;

    @Override
    public Integer call() throws Exception {
      var settings =
          new StreamScenario.Settings(
              common.prefix("bs"),
              watchers,
              inFlight,
              chunkBytes,
              sending.warmup,
              sending.duration);
      return common.finish(new StreamScenario(common.server(), settings).run(), "stream");
    }
  }

  @Command(
      name = "curve",
      mixinStandardHelpOptions = true,
      showDefaultValues = true,
      description =
          "draws how throughput and p99 change with one setting, from earlier runs' JSON results"
              + " (e.g. direct at 100, 1000 and 10000 connections): one PNG and a table")
  static final class Curve implements Callable<Integer> {
    @Option(
        names = "--x",
        required = true,
        description = "the setting that varies between the runs (e.g. connections, stored)")
    String setting;

    @Option(
        names = "--throughput",
        defaultValue = "acked_per_second",
        description = "the value drawn as throughput")
    String throughput;

    @Option(
        names = "--latency",
        defaultValue = "send_to_push",
        description = "the latency whose p99 is drawn")
    String latency;

    @Option(names = "--title", defaultValue = "Lynx IM cost curve", description = "the title")
    String title;

    @Option(names = "--png", required = true, description = "where to write the PNG")
    Path png;

    @picocli.CommandLine.Parameters(arity = "2..*", description = "the runs' JSON result files")
    List<Path> results;

    @Override
    public Integer call() throws Exception {
      var points = CostCurve.points(results, setting, throughput, latency);
      CostCurve.plot(points, title, setting, throughput, latency, png);
      System.out.print(CostCurve.table(points, setting, throughput, latency));
      System.out.println("  written: " + png);
      return 0;
    }
  }
}
