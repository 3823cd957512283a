package org.lynxim.bootstrap;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests that share one real node, started before them and stopped after them. */
abstract class OneNodeTest {
  @TempDir static Path data;
  static LynxServer node;
  static RestClient rest;

  @BeforeAll
  static void startNode() {
    node = TestNode.start(data);
    rest = new RestClient(node.port());
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }
}
