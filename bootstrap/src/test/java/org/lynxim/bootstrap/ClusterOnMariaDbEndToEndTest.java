package org.lynxim.bootstrap;

import org.junit.jupiter.api.BeforeAll;

/** The two-node tests of {@link ClusterEndToEndTest} with the nodes on MariaDB. */
class ClusterOnMariaDbEndToEndTest extends ClusterEndToEndTest {
  @BeforeAll
  static void start() throws Exception {
    startTwoNodes(ClusterFixture.Database.MARIADB);
  }
}
