package org.lynxim.bootstrap;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

/** Starts Lynx IM with {@code application.yaml} and the environment, until SIGTERM or Ctrl-C. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    Config config = Config.create();
    LogFormat.apply(config);
    LynxServer server = Lynx.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "lynx-shutdown"));
  }
}
