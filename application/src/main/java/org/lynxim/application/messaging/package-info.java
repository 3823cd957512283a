/**
 * Messaging: sending, pulling and acknowledging messages, the conversation list, and the inbox
 * (one-cursor sync). Owns the message timeline, seqs, the send pipeline and its one writer per
 * conversation, read positions and the inboxes.
 */
package org.lynxim.application.messaging;
