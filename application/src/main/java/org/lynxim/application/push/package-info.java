/**
 * Offline push (PROTOCOL.md 1.2): stored messages and call invites are queued as jobs (durably in
 * the cluster), and a worker off the message path decides who is woken and hands the notifications
 * to the notifier (a signed webhook), so that a slow or dead gateway never slows a send.
 */
package org.lynxim.application.push;
