/**
 * Calls (PROTOCOL.md 1.2): WebRTC signalling in direct conversations. The state of each call lives
 * where every node sees it ({@link org.lynxim.application.call.port.out.CallStore}), its signals
 * reach the parties' devices on any node, and its log is stored when it ends, by whichever node
 * ends it: on a hangup, at the ring timeout, or when a party's device is gone.
 */
package org.lynxim.application.call;
