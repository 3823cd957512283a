/**
 * Social: friends, blocks and presence as users see it (protocol 1.2). Empty until 1.2 lands; the
 * delivery feature already tracks which devices are online.
 */
package org.lynxim.application.social;
