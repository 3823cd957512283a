package org.lynxim.adapter.out.rocksdb;

import java.util.List;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.FileReference;

/**
 * What storing messages changes outside the timeline, in the database that keeps those records: the
 * files the messages name, and for each recalled message its files' references dropped and its
 * saved favorites emptied. Applied before the messages are written, so a failure stores nothing; if
 * the timeline's write fails after it, the retried send finds these already done, which is
 * harmless: a reference to a seq never stored lets the conversation's members read a file its
 * uploader was sending them, and a recall is retried and applies.
 */
public interface OutsideTheTimeline {

  /** Applies both, all or none. */
  void apply(List<FileReference> references, List<Amendment.Target> recalled);

  /** For a timeline whose messages change nothing elsewhere (tests of the timeline alone). */
  static OutsideTheTimeline nothing() {
    return (references, recalled) -> {};
  }
}
