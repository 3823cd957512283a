/**
 * What other users see of a user: its nickname and avatar. Apart from {@code user}, since an avatar
 * is an uploaded file and files know their uploaders.
 */
package org.lynxim.domain.profile;
