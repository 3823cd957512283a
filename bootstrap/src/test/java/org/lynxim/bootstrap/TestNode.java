package org.lynxim.bootstrap;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real Lynx IM node for end-to-end tests: random port, the embedded stores in a given directory.
 */
final class TestNode {
  private TestNode() {}

  static LynxServer start(Path dataDir) {
    return start(dataDir, Map.of());
  }

  static LynxServer start(Path dataDir, Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>();
    settings.put("server.port", "0");
    settings.put("server.host", "127.0.0.1");
    settings.put("lynx.data.dir", dataDir.toString());
    settings.put("lynx.password.cost", "4");
    // Tests of other things send faster than a user may by default; a test of the limits sets its
    // own.
    settings.put("lynx.rate.user.refill", "1000000");
    settings.put("lynx.rate.user.burst", "1000000");
    settings.put("lynx.rate.groups.refill", "1000000");
    settings.put("lynx.rate.groups.burst", "1000000");
    settings.putAll(overrides);
    Config config =
        Config.builder()
            .disableEnvironmentVariablesSource()
            .disableSystemPropertiesSource()
            .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
            .build();
    return Lynx.start(config);
  }
}
