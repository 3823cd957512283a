/** Favorites: messages a user saved, and notes of its own, with tags. */
package org.lynxim.domain.favorite;
