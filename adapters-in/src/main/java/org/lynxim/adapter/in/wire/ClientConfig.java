package org.lynxim.adapter.in.wire;

/**
 * {@code GET /api/v1/config}: the limits a client needs, each the server's configured value ({@code
 * tcp_port} null when raw TCP is off).
 */
public record ClientConfig(
    String protocol,
    int maxContentBytes,
    int maxStreamBytes,
    long maxUploadBytes,
    long recallWindowS,
    long editWindowS,
    int inboxMaxMembers,
    int stormMembers,
    int maxGroupMembers,
    long callRingS,
    long streamIdleS,
    long unreferencedFileTtlS,
    Integer tcpPort,
    int maxDevices) {

  /** The protocol version this server speaks. */
  public static final String PROTOCOL = "1.2";
}
