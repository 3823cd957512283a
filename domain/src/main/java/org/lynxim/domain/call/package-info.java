/**
 * Calls (PROTOCOL.md 1.2): WebRTC signalling between the two users of a direct conversation. A
 * {@link org.lynxim.domain.call.Call} decides who may send what in which state and whom each action
 * reaches; the media never pass through the server.
 */
package org.lynxim.domain.call;
