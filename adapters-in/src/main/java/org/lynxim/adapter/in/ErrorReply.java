package org.lynxim.adapter.in;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.domain.error.AuthenticationException;
import org.lynxim.domain.error.ConflictException;
import org.lynxim.domain.error.ContentTooLargeException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.GoneException;
import org.lynxim.domain.error.InvalidRequestException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.error.RateLimitedException;
import org.lynxim.domain.error.Reason;

/**
 * The protocol's answer to a failure: its code and a message safe to show the client. The one place
 * where failures become codes, for WebSocket and REST alike. Client mistakes are not logged; server
 * failures are, with their stack trace, and the client learns nothing of them.
 */
public record ErrorReply(int code, String message, Optional<Reason> reason) {
  private static final Logger LOG = Logger.getLogger(ErrorReply.class.getName());

  /**
   * Hears the code of every refusal that is the server's, not the client's (429 and 5xx), for the
   * metrics; set once at start, as meters are process-wide anyway.
   */
  private static volatile IntConsumer refusals = code -> {};

  public static void countRefusalsWith(IntConsumer listener) {
    refusals = listener;
  }

  /** An answer without a reason (most 400s; 401, 404, 413, 429, 5xx). */
  public ErrorReply(int code, String message) {
    this(code, message, Optional.empty());
  }

  /** The reason's wire name, or null when there is none (so JSON leaves the key out). */
  public String reasonName() {
    return reason.map(Reason::wireName).orElse(null);
  }

  public static ErrorReply of(Throwable failure) {
    if (failure instanceof CompletionException wrapped && wrapped.getCause() != null) {
      return of(wrapped.getCause());
    }
    return switch (failure) {
      case AuthenticationException e -> new ErrorReply(401, e.getMessage());
      case ContentTooLargeException e -> new ErrorReply(413, e.getMessage());
      case InvalidRequestException e ->
          new ErrorReply(400, e.getMessage(), Optional.of(e.reason()));
      case IllegalArgumentException e -> new ErrorReply(400, e.getMessage());
      case NotFoundException e -> new ErrorReply(404, e.getMessage());
      case ForbiddenException e -> new ErrorReply(403, e.getMessage(), Optional.of(e.reason()));
      case ConflictException e -> new ErrorReply(409, e.getMessage(), Optional.of(e.reason()));
      case GoneException e -> new ErrorReply(410, e.getMessage(), Optional.of(e.reason()));
      case RateLimitedException e -> {
        refusals.accept(429);
        yield new ErrorReply(429, e.getMessage());
      }
      case StoreUnavailableException e -> {
        LOG.log(Level.WARNING, "answering 503: " + e.getMessage());
        refusals.accept(503);
        yield new ErrorReply(503, "service unavailable, retry later");
      }
      default -> {
        LOG.log(Level.SEVERE, "internal error", failure);
        refusals.accept(500);
        yield new ErrorReply(500, "internal error");
      }
    };
  }
}
