package org.lynxim.adapter.in.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every REST error; {@code reason} (an extension member)
 * for a 403 or 409, as PROTOCOL.md 1.2 says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String reason) {

  public static Problem of(int status, String title, String detail) {
    return of(status, title, detail, null);
  }

  /** With a reason; {@code reason} null for none. */
  public static Problem of(int status, String title, String detail, String reason) {
    return new Problem("about:blank", title, status, detail, reason);
  }
}
