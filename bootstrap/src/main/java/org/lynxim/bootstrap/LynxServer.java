package org.lynxim.bootstrap;

import io.helidon.webserver.WebServer;
import java.util.List;
import java.util.logging.Logger;

/** A running Lynx IM node: its port, and a graceful stop. */
public final class LynxServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LynxServer.class.getName());

  private final WebServer webServer;
  private final AutoCloseable connections;
  private final AutoCloseable[] resources;
  private final List<String> restOperations;

  /**
   * @param connections closed first: clients are told to reconnect once their queued frames are out
   * @param resources closed after the web server stopped, in this order (the send pipeline before
   *     the database)
   */
  LynxServer(
      WebServer webServer,
      List<String> restOperations,
      AutoCloseable connections,
      AutoCloseable... resources) {
    this.webServer = webServer;
    this.restOperations = List.copyOf(restOperations);
    this.connections = connections;
    this.resources = resources;
  }

  public int port() {
    return webServer.port();
  }

  /** The REST operations this node serves, as "METHOD /path" (docs/openapi.yaml describes them). */
  public List<String> restOperations() {
    return restOperations;
  }

  /**
   * Tells WebSocket clients to reconnect (close code 1012, after the frames already queued for
   * them), stops the web server, stores the sends still queued, then closes the database. A message
   * is stored before its ack is written, so a send cut short is at worst unacknowledged, and its
   * retry with the same msg_id answers the stored seq: nothing acknowledged is lost.
   */
  @Override
  public synchronized void close() {
    if (!webServer.isRunning()) {
      return;
    }
    LOG.info("stopping Lynx IM");
    closeQuietly(connections);
    webServer.stop();
    for (AutoCloseable resource : resources) {
      closeQuietly(resource);
    }
    LOG.info("Lynx IM stopped");
  }

  static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      LOG.warning("closing " + resource + " failed: " + e.getMessage());
    }
  }
}
