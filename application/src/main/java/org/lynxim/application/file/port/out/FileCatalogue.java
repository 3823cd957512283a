package org.lynxim.application.file.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.file.ContentHash;
import org.lynxim.domain.file.FileCursor;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.FileStanding;
import org.lynxim.domain.file.StoredFile;
import org.lynxim.domain.user.UserId;

/**
 * What is known of the uploaded files: their metadata and uploaders, the messages and avatars that
 * name them, and the stored bytes they share (by hash) with their thumbnails. Message references
 * are written with the messages ({@link
 * org.lynxim.application.messaging.port.out.MessageStore#appendAll}).
 */
public interface FileCatalogue {

  /** How far the thumbnail of some bytes has come. */
  sealed interface Thumbnail {
    /** Not tried yet. */
    record Unknown() implements Thumbnail {}

    /** Tried: the bytes are no image that can be read. */
    record None() implements Thumbnail {}

    /** Made, and stored under this hash. */
    record Made(ContentHash hash, long size) implements Thumbnail {}
  }

  /** Records an upload whose bytes are stored now, and marks those bytes as just used. */
  void add(StoredFile file);

  Optional<StoredFile> find(FileId id);

  /** What keeps the file (messages naming it, an avatar). */
  FileStanding standing(FileId id);

  /** The standings of several files, one read. */
  Map<FileId, FileStanding> standings(Collection<FileId> ids);

  /** Up to {@code max} conversations holding a message (not recalled) that names the file. */
  List<ConversationId> conversationsNaming(FileId id, int max);

  /** The user's uploads, newest first, after the cursor, at most {@code max}. */
  List<StoredFile> uploadedBy(UserId user, Optional<FileCursor> after, int max);

  /** Forgets the file; false when it was gone already. Its bytes stay for {@link #unusedBytes}. */
  boolean remove(FileId id);

  /**
   * Forgets up to {@code max} files that nothing keeps and that were uploaded before {@code
   * createdBefore}; answers how many.
   */
  int removeUnkept(Instant createdBefore, int max);

  /**
   * Up to {@code max} stored bytes that no file and no thumbnail uses any more, last used before
   * {@code usedBefore}.
   */
  List<ContentHash> unusedBytes(Instant usedBefore, int max);

  /**
   * Deletes the bytes ({@code delete}) and forgets them, if they are still unused, holding them
   * meanwhile so that an upload of the same bytes ({@link #add}) waits and then finds them gone.
   * False when they were used again.
   */
  boolean forgetUnused(ContentHash hash, Instant usedBefore, Consumer<ContentHash> delete);

  Thumbnail thumbnail(ContentHash source);

  /** Records the outcome of making a thumbnail (a {@link Thumbnail.Made} is stored bytes too). */
  void recordThumbnail(ContentHash source, Thumbnail outcome);
}
