package org.lynxim.domain.file;

/**
 * The name a file is offered under: the last segment of what the client sent, without control
 * characters, at most 255 characters; "file" when nothing is left. Never a path.
 */
public record FileName(String value) {
  public static final int MAX_LENGTH = 255;
  private static final String FALLBACK = "file";

  public FileName {
    if (value == null || value.isEmpty() || !value.equals(clean(value))) {
      throw new IllegalArgumentException("file name must be a cleaned name");
    }
  }

  /** What the client named the file, made safe to store and to offer again. */
  public static FileName of(String sent) {
    return new FileName(clean(sent == null ? "" : sent));
  }

  private static String clean(String sent) {
    String last = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder(Math.min(last.length(), MAX_LENGTH));
    last.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '\u2028' && c != '\u2029')
        .forEach(
            c -> {
              if (kept.length() + Character.charCount(c) <= MAX_LENGTH) {
                kept.appendCodePoint(c);
              }
            });
    String name = kept.toString().strip();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? FALLBACK : name;
  }
}
