package org.lynxim.domain.conversation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

/**
 * What the content of a message of types 2 to 7 says, read out of its JSON text by the adapter that
 * took it (the text itself is stored byte for byte, keys not listed here included). Each kind
 * checks its own values; what they name (a card's user, a file) is checked by the application.
 */
public sealed interface StructuredContent {

  int MAX_URL_LENGTH = 2048;

  /** The kind a message type's content must be. */
  MsgType type();

  /** The uploaded files it names: they must be the sender's, and it keeps them. */
  default Set<FileId> files() {
    return Set.of();
  }

  /**
   * An image (2), file (3), voice message (4) or video (5): a file uploaded here, or a URL, or
   * both; the sizes and durations are whole numbers.
   */
  record Media(
      MsgType type,
      Optional<FileId> fileId,
      Optional<String> url,
      Optional<FileId> thumbFileId,
      Optional<Long> width,
      Optional<Long> height,
      Optional<Long> size,
      Optional<Long> durationMs)
      implements StructuredContent {
    public Media {
      if (type.code() < MsgType.IMAGE.code() || type.code() > MsgType.VIDEO.code()) {
        throw new IllegalArgumentException("media content is for msg_type 2 to 5");
      }
      if (fileId.isEmpty() && url.isEmpty()) {
        throw new IllegalArgumentException("content needs file_id or url");
      }
      Objects.requireNonNull(thumbFileId, "thumbFileId");
      url.ifPresent(Media::requireWebUrl);
      width.ifPresent(value -> requireAbove(value, 0, "width"));
      height.ifPresent(value -> requireAbove(value, 0, "height"));
      size.ifPresent(value -> requireAbove(value, -1, "size"));
      durationMs.ifPresent(value -> requireAbove(value, -1, "duration_ms"));
    }

    @Override
    public Set<FileId> files() {
      return Set.copyOf(Stream.of(fileId, thumbFileId).flatMap(Optional::stream).toList());
    }

    private static void requireAbove(long value, long floor, String field) {
      if (value <= floor) {
        throw new IllegalArgumentException(
            field + " must be " + (floor < 0 ? "0 or more" : "more than " + floor));
      }
    }

    private static void requireWebUrl(String url) {
      if (url.length() > MAX_URL_LENGTH) {
        throw new IllegalArgumentException("url must be at most " + MAX_URL_LENGTH + " characters");
      }
      try {
        URI uri = new URI(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !scheme.matches("https?")) {
          throw new IllegalArgumentException("url must be an absolute http or https URL");
        }
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("url must be an absolute http or https URL");
      }
    }
  }

  /** A user's card (6): a registered user, and the nickname to show. */
  record Card(UserId user, Optional<String> nickname) implements StructuredContent {
    public Card {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(nickname, "nickname");
    }

    public MsgType type() {
      return MsgType.CARD;
    }
  }

  /** A place (7): latitude -90 to 90, longitude -180 to 180, and how to call it. */
  record Location(
      double latitude, double longitude, Optional<String> name, Optional<String> address)
      implements StructuredContent {
    public Location {
      if (!(latitude >= -90 && latitude <= 90)) {
        throw new IllegalArgumentException("latitude must be -90 to 90");
      }
      if (!(longitude >= -180 && longitude <= 180)) {
        throw new IllegalArgumentException("longitude must be -180 to 180");
      }
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(address, "address");
    }

    public MsgType type() {
      return MsgType.LOCATION;
    }
  }
}
