package org.lynxim.application.messaging.service;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.common.StoreUnavailableException;
import org.lynxim.application.stream.port.out.StreamBuffers;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MessageContent;

/**
 * Open streams as far as they have come: the stored placeholder holds only what a stream opened
 * with, its buffer the rest. One read of the buffers per page, and none for a page without an open
 * stream. A buffer out of reach leaves the placeholders as stored rather than failing the read.
 */
public final class StreamsSoFar {
  private static final Logger LOG = Logger.getLogger(StreamsSoFar.class.getName());

  private final StreamBuffers buffers;

  public StreamsSoFar(StreamBuffers buffers) {
    this.buffers = buffers;
  }

  /** The messages with their open streams' content so far; the same list when none is open. */
  List<Message> apply(List<Message> messages) {
    List<Amendment.Target> open =
        messages.stream().filter(Message::streaming).map(Amendment.Target::of).toList();
    if (open.isEmpty()) {
      return messages;
    }
    Map<Amendment.Target, String> contents;
    try {
      contents = buffers.contents(open);
    } catch (StoreUnavailableException e) {
      LOG.log(Level.WARNING, "stream buffers out of reach: " + e.getMessage());
      return messages;
    }
    return messages.stream()
        .map(
            message -> {
              String sofar =
                  message.streaming() ? contents.get(Amendment.Target.of(message)) : null;
              return sofar == null ? message : message.soFar(MessageContent.stored(sofar));
            })
        .toList();
  }

  Message apply(Message message) {
    return message.streaming() ? apply(List.of(message)).getFirst() : message;
  }
}
