/**
 * Presence: who of a user's friends is online, told when a user's first device connects and when
 * its last leaves (cmd 23), and asked for ({@code GET /api/v1/presence}).
 */
package org.lynxim.application.presence;
