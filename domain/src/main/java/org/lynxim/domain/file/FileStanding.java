package org.lynxim.domain.file;

/**
 * What keeps a file: a message not recalled that names it, or a user's current avatar.
 *
 * @param named some message (not recalled) names it as {@code file_id} or {@code thumb_file_id}
 * @param avatar it is some user's current avatar, readable by every signed-in user
 */
public record FileStanding(boolean named, boolean avatar) {
  public static final FileStanding UNNAMED = new FileStanding(false, false);

  public boolean kept() {
    return named || avatar;
  }
}
