package org.lynxim.adapter.in.wire;

import java.util.List;
import org.lynxim.domain.conversation.MemberRead;

/** {@code GET /api/v1/conversations/{id}/reads}: how far each member of a group read. */
public record ReadsBody(List<Read> reads) {

  /** One member's position. */
  public record Read(String userId, long lastAckSeq) {}

  public static ReadsBody from(List<MemberRead> reads) {
    return new ReadsBody(
        reads.stream()
            .map(read -> new Read(read.member().value(), read.position().lastAckSeq()))
            .toList());
  }
}
