package org.lynxim.application.file.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.file.port.in.Download;
import org.lynxim.application.file.port.in.FileInfo;
import org.lynxim.application.file.port.in.ReadFileUseCase;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.application.file.port.out.FileCatalogue.Thumbnail;
import org.lynxim.application.file.port.out.FileStore;
import org.lynxim.application.file.port.out.Thumbnailer;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.FileName;
import org.lynxim.domain.file.StoredFile;
import org.lynxim.domain.user.UserId;

/** Checks the reader on every read, then hands out the bytes, or the thumbnail made once. */
public final class ReadFileService implements ReadFileUseCase {
  private static final String THUMBNAIL_TYPE = "image/jpeg";

  private final FileStore store;
  private final FileCatalogue catalogue;
  private final Thumbnailer thumbnailer;
  private final FileAccess access;

  public ReadFileService(
      FileStore store, FileCatalogue catalogue, Thumbnailer thumbnailer, FileAccess access) {
    this.store = store;
    this.catalogue = catalogue;
    this.thumbnailer = thumbnailer;
    this.access = access;
  }

  @Override
  public FileInfo info(UserId reader, FileId id) {
    return access.requireReadable(reader, id);
  }

  @Override
  public Download download(UserId reader, FileId id) {
    StoredFile file = access.requireReadable(reader, id).file();
    return new Download(
        file.name(),
        file.contentType(),
        file.size(),
        file.hash(),
        file.shownInline(),
        (offset, length) -> store.read(file.hash(), offset, length));
  }

  @Override
  public Download thumbnail(UserId reader, FileId id) {
    StoredFile file = access.requireReadable(reader, id).file();
    if (file.image().isEmpty()) {
      throw new NotFoundException("no thumbnail: " + id.value() + " is not an image");
    }
    Thumbnail thumbnail = catalogue.thumbnail(file.hash());
    if (thumbnail instanceof Thumbnail.Unknown) {
      thumbnail = make(file);
      catalogue.recordThumbnail(file.hash(), thumbnail);
    }
    if (!(thumbnail instanceof Thumbnail.Made made)) {
      throw new NotFoundException("no thumbnail: " + id.value() + " could not be read as an image");
    }
    return new Download(
        thumbnailName(file.name()),
        THUMBNAIL_TYPE,
        made.size(),
        made.hash(),
        true,
        (offset, length) -> store.read(made.hash(), offset, length));
  }

  /** Made once per stored bytes, on first demand, and kept beside them. */
  private Thumbnail make(StoredFile file) {
    Optional<byte[]> jpeg;
    try (InputStream image = store.read(file.hash(), 0, file.size())) {
      jpeg = thumbnailer.thumbnail(image);
    } catch (IOException | UncheckedIOException e) {
      throw new StoreUnavailableException("could not read " + file.hash().hex(), e);
    }
    if (jpeg.isEmpty()) {
      return new Thumbnail.None();
    }
    FileStore.Written written =
        store.write(new ByteArrayInputStream(jpeg.get()), jpeg.get().length);
    return new Thumbnail.Made(written.hash(), written.size());
  }

  private static FileName thumbnailName(FileName original) {
    String name = original.value();
    int dot = name.lastIndexOf('.');
    return FileName.of((dot > 0 ? name.substring(0, dot) : name) + ".jpg");
  }
}
