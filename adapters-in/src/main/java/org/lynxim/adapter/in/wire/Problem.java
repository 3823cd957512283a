package org.lynxim.adapter.in.wire;

/** An RFC 9457 problem detail, the body of every REST error. */
public record Problem(String type, String title, int status, String detail) {

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail);
  }
}
