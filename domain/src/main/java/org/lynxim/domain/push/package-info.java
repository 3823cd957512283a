/**
 * Offline push (PROTOCOL.md 1.2): who is woken when a message arrives, and what the notification
 * says. The sending of it is an adapter's (a webhook to the operator's push gateway).
 */
package org.lynxim.domain.push;
