package org.lynxim.bootstrap;

import io.helidon.config.Config;
import io.helidon.logging.jul.HelidonJsonFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.lynxim.adapter.in.LogContext;

/**
 * How log lines look: plain text by default, or one JSON object per line ({@code lynx.log.format:
 * json}, {@code LYNX_LOG_FORMAT=json}) with the node and, where they apply, the user, device,
 * conversation and request of what was being handled (Helidon's MDC, set by the inbound adapters).
 */
final class LogFormat {
  /** The JSON keys and what fills them: SimpleFormatter's parameters and MDC entries. */
  private static final String FIELDS =
      "time:%1$tY-%1$tm-%1$tdT%1$tH:%1$tM:%1$tS.%1$tL%1$tz,level:%4$s,logger:%3$s,message:%5$s,"
          + "exception:%6$s,thread:!thread!,node:NODE,user:%X{user},device:%X{device},"
          + "conversation:%X{conversation},request:%X{request}";

  private LogFormat() {}

  static void apply(Config config) {
    String format = config.get("lynx.log.format").asString().orElse("text");
    switch (format) {
      case "text" -> {}
      case "json" -> useJson(nodeName(config));
      default -> throw new IllegalArgumentException("lynx.log.format must be text or json");
    }
  }

  /** Reads the usual logging.properties again with the JSON formatter on every handler. */
  static void useJson(String node) {
    Properties properties = new Properties();
    try (InputStream usual = LogFormat.class.getResourceAsStream("/logging.properties")) {
      if (usual != null) {
        properties.load(usual);
      }
      properties.setProperty(
          "io.helidon.logging.jul.HelidonJsonFormatter.fields", FIELDS.replace("NODE", node));
      var out = new java.io.ByteArrayOutputStream();
      properties.store(out, null);
      LogManager.getLogManager()
          .readConfiguration(new java.io.ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.setFormatter(new HelidonJsonFormatter());
    }
    LogContext.keep();
  }

  /** The cluster node's name, else the host's: characters a format string takes as they are. */
  static String nodeName(Config config) {
    String node =
        config
            .get("lynx.cluster.node")
            .asString()
            .asOptional()
            .filter(name -> !name.isBlank())
            .orElseGet(LogFormat::hostName);
    return node.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "lynx";
    }
  }
}
