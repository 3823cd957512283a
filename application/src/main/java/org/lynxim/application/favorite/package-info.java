/** Favorites: save messages and notes with tags, find them again, edit and delete them. */
package org.lynxim.application.favorite;
