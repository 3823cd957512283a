/**
 * Social: how users stand with each other (protocol 1.2): blocks so far; friends and presence as
 * users see it come next. Owns the block list; the messaging feature asks it before a direct send.
 */
package org.lynxim.application.social;
