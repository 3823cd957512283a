package org.lynxim.adapter.in.rest;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.media.multipart.MultiPart;
import io.helidon.http.media.multipart.ReadablePart;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.lynxim.adapter.in.wire.FileBody;
import org.lynxim.application.file.port.in.DeleteFileUseCase;
import org.lynxim.application.file.port.in.Download;
import org.lynxim.application.file.port.in.ListFilesUseCase;
import org.lynxim.application.file.port.in.ReadFileUseCase;
import org.lynxim.application.file.port.in.UploadFileUseCase;
import org.lynxim.domain.error.ContentTooLargeException;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.FilePage;

/**
 * {@code /api/v1/files}: uploads as {@code multipart/form-data} streamed to storage, and downloads
 * streamed back with ranges, an ETag and the protocol's Content-Disposition rule.
 */
public final class FilesHttpEndpoint implements HttpService {
  private static final String FILE_PART = "file";
  private static final HeaderName NOSNIFF_HEADER = HeaderNames.create("X-Content-Type-Options");

  private final UploadFileUseCase upload;
  private final ReadFileUseCase read;
  private final ListFilesUseCase list;
  private final DeleteFileUseCase delete;

  public FilesHttpEndpoint(
      UploadFileUseCase upload,
      ReadFileUseCase read,
      ListFilesUseCase list,
      DeleteFileUseCase delete) {
    this.upload = upload;
    this.read = read;
    this.list = list;
    this.delete = delete;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/", this::upload)
        .get("/", this::list)
        .get("/{id}/thumbnail", this::thumbnail)
        .get("/{id}/info", this::info)
        .get("/{id}", this::download)
        .delete("/{id}", this::delete);
  }

  private void upload(ServerRequest request, ServerResponse response) {
    boolean multipart =
        request
            .headers()
            .contentType()
            .map(type -> type.mediaType().text().equalsIgnoreCase("multipart/form-data"))
            .orElse(false);
    if (!multipart || !request.content().hasEntity()) {
      throw new IllegalArgumentException("the body must be multipart/form-data with a part file");
    }
    MultiPart parts;
    try {
      parts = request.content().as(MultiPart.class);
    } catch (CloseConnectionException timedOut) {
      throw timedOut;
    } catch (RuntimeException unreadable) {
      throw new IllegalArgumentException("the body is not multipart/form-data that can be read");
    }
    while (nextPart(parts)) {
      ReadablePart part = parts.next();
      if (!FILE_PART.equals(part.name())) {
        continue; // skipped unread: the next part's search reads past it
      }
      ClientBytes bytes = new ClientBytes(part.inputStream());
      UploadFileUseCase.Upload sent =
          new UploadFileUseCase.Upload(
              part.fileName().orElse(""),
              Optional.of(part.contentType().text())
                  .filter(type -> part.partHeaders().contains(HeaderNames.CONTENT_TYPE)),
              bytes);
      try {
        Bodies.send(response, 201, FileBody.from(upload.upload(Caller.of(request), sent)));
      } catch (ContentTooLargeException tooLarge) {
        bytes.drain(); // read what is left, so that the client reads the 413
        throw tooLarge;
      }
      return;
    }
    throw new IllegalArgumentException("the body has no part named file");
  }

  private static boolean nextPart(MultiPart parts) {
    try {
      return parts.hasNext();
    } catch (CloseConnectionException timedOut) {
      throw timedOut; // the body stalled and was answered 408 (RequestDeadlines)
    } catch (RuntimeException unreadable) {
      throw new IllegalArgumentException("the multipart body could not be read");
    }
  }

  private void list(ServerRequest request, ServerResponse response) {
    int limit =
        FilePage.requireLimit(
            (int) Bodies.queryLong(request, "limit").orElse(FilePage.DEFAULT_LIMIT));
    Bodies.send(
        response,
        200,
        FileBody.Page.from(
            list.files(
                Caller.of(request),
                FileBody.decodeCursor(request.query().first("cursor").asOptional()),
                limit)));
  }

  private void info(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, FileBody.from(read.info(Caller.of(request), id(request))));
  }

  private void download(ServerRequest request, ServerResponse response) {
    send(request, response, read.download(Caller.of(request), id(request)));
  }

  private void thumbnail(ServerRequest request, ServerResponse response) {
    send(request, response, read.thumbnail(Caller.of(request), id(request)));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    delete.delete(Caller.of(request), id(request));
    response.status(204).send();
  }

  private static FileId id(ServerRequest request) {
    String raw = request.path().pathParameters().get("id");
    if (!FileId.FORM.matcher(raw).matches()) {
      throw new org.lynxim.domain.error.NotFoundException("no such file " + raw);
    }
    return new FileId(raw);
  }

  /** The bytes, whole or one range, with the headers PROTOCOL.md names. */
  private static void send(ServerRequest request, ServerResponse response, Download download) {
    String etag = "\"" + download.hash().hex() + "\"";
    response.header(HeaderNames.ETAG, etag);
    response.header(HeaderNames.CACHE_CONTROL, "private, no-cache");
    response.header(HeaderNames.ACCEPT_RANGES, "bytes");
    response.header(NOSNIFF_HEADER, "nosniff");
    if (request
        .headers()
        .first(HeaderNames.IF_NONE_MATCH)
        .filter(tags -> matches(tags, etag))
        .isPresent()) {
      response.status(304).send();
      return;
    }
    response.header(HeaderNames.CONTENT_TYPE, download.contentType());
    response.header(HeaderNames.CONTENT_DISPOSITION, disposition(download));
    long size = download.size();
    RangeRequest range =
        RangeRequest.of(request.headers().first(HeaderNames.RANGE).orElse(null), size);
    switch (range) {
      case RangeRequest.Unsatisfiable none -> {
        response.header(HeaderNames.CONTENT_RANGE, "bytes */" + size);
        Problems.send(response, 416, "the range is outside the file's " + size + " bytes");
      }
      case RangeRequest.Part part -> {
        response.status(206);
        response.header(
            HeaderNames.CONTENT_RANGE, "bytes " + part.first() + "-" + part.last() + "/" + size);
        stream(response, download, part.first(), part.length());
      }
      case RangeRequest.Whole whole -> {
        response.status(200);
        stream(response, download, 0, size);
      }
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  private static void stream(ServerResponse response, Download download, long offset, long length) {
    response.header(HeaderNames.CONTENT_LENGTH, String.valueOf(length));
    try (InputStream bytes = download.bytes().open(offset, length);
        OutputStream out = response.outputStream()) {
      bytes.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Images, audio and video may be shown in place, everything else only saved; the name in both
   * forms, ASCII for old clients and UTF-8 (RFC 6266).
   */
  static String disposition(Download download) {
    String name = download.name().value();
    StringBuilder ascii = new StringBuilder(name.length());
    name.codePoints()
        .forEach(c -> ascii.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : (char) c));
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return (download.inline() ? "inline" : "attachment")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }

  /**
   * The client's bytes: a connection lost or a body cut short while they are read is the client's
   * doing (400), told apart from a failure to store them (503).
   */
  private static final class ClientBytes extends FilterInputStream {
    ClientBytes(InputStream part) {
      super(part);
    }

    @Override
    public int read() {
      try {
        return super.read();
      } catch (CloseConnectionException timedOut) {
        throw timedOut;
      } catch (IOException | RuntimeException cut) {
        throw cutShort();
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      try {
        return super.read(buffer, offset, length);
      } catch (CloseConnectionException timedOut) {
        throw timedOut;
      } catch (IOException | RuntimeException cut) {
        throw cutShort();
      }
    }

    void drain() {
      try {
        in.transferTo(OutputStream.nullOutputStream());
      } catch (IOException | RuntimeException gone) {
        // The client went away: nobody reads the answer.
      }
    }

    private static IllegalArgumentException cutShort() {
      return new UnreadableBodyException("the upload was cut short");
    }
  }
}
