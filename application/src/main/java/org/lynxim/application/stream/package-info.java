/**
 * Streaming messages (PROTOCOL.md 1.2): text a bot writes while it produces it. The placeholder is
 * stored like a send, chunks are relayed at once and kept in a buffer that pulls read, and the end
 * is stored with its {@code message_updated} system message in one transaction. An idle stream is
 * ended by whichever node finds it idle.
 */
package org.lynxim.application.stream;
