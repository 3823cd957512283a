package org.lynxim.domain.file;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lynxim.domain.user.UserId;

/**
 * An uploaded file as the catalogue knows it.
 *
 * @param contentType the type its uploader declared (a download is still served nosniff)
 * @param image the image format its bytes have, if any: only images get thumbnails
 */
public record StoredFile(
    FileId id,
    UserId uploader,
    FileName name,
    String contentType,
    long size,
    ContentHash hash,
    Instant createdAt,
    Optional<ImageFormat> image) {

  public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

  /** A media type: type/subtype of token characters, parameters kept, at most 255 characters. */
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+( *;[ -~]*)?");

  /**
   * The type an uploader declared, if it is a media type that can be sent back in a header;
   * otherwise, like when none was declared, {@value #DEFAULT_CONTENT_TYPE}.
   */
  public static String declaredType(Optional<String> declared) {
    return declared
        .map(String::strip)
        .filter(type -> type.length() <= 255 && MEDIA_TYPE.matcher(type).matches())
        .orElse(DEFAULT_CONTENT_TYPE);
  }

  public StoredFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uploader, "uploader");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(image, "image");
    if (size < 1) {
      throw new IllegalArgumentException("a stored file holds at least one byte");
    }
  }

  /** When the file goes unless something names it first: none while something does. */
  public Optional<Instant> expiresAt(FileStanding standing, Duration unreferencedTtl) {
    return standing.kept() ? Optional.empty() : Optional.of(createdAt.plus(unreferencedTtl));
  }

  /** Past its expiry, a file reads as gone at once, whether or not it was swept yet. */
  public boolean expired(FileStanding standing, Duration unreferencedTtl, Instant now) {
    return expiresAt(standing, unreferencedTtl).filter(at -> !now.isBefore(at)).isPresent();
  }

  /** Whether its bytes may be shown in place (images, audio, video) rather than only saved. */
  public boolean shownInline() {
    String type = contentType.toLowerCase(java.util.Locale.ROOT);
    return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/");
  }
}
