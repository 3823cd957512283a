package org.lynxim.bootstrap;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A real Lynx IM node for end-to-end tests: random port, embedded H2 in a given directory. */
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
