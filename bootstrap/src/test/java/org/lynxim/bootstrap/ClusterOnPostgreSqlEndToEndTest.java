package org.lynxim.bootstrap;

import org.junit.jupiter.api.BeforeAll;

/** The two-node tests of {@link ClusterEndToEndTest} with the nodes on PostgreSQL. */
class ClusterOnPostgreSqlEndToEndTest extends ClusterEndToEndTest {
  @BeforeAll
  static void start() throws Exception {
    startTwoNodes(ClusterFixture.Database.POSTGRESQL);
  }
}
