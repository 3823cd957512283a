package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.out.UserAccounts;
import org.lynxim.application.account.port.out.UserProfiles;
import org.lynxim.application.file.port.out.FileCatalogue;
import org.lynxim.application.file.port.out.FileCatalogue.Thumbnail;
import org.lynxim.application.messaging.port.out.MessageStore;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.FileReference;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.file.ContentHash;
import org.lynxim.domain.file.FileCursor;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.FileName;
import org.lynxim.domain.file.FileStanding;
import org.lynxim.domain.file.ImageFormat;
import org.lynxim.domain.file.StoredFile;
import org.lynxim.domain.user.UserAccount;
import org.lynxim.domain.user.UserId;

/**
 * What every {@link FileCatalogue} must do, with the message store and the profiles of the same
 * database (references are written with messages, avatars with profiles).
 */
public abstract class FileCatalogueContract {
  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final AtomicInteger counter = new AtomicInteger();

  protected abstract FileCatalogue catalogue();

  protected abstract MessageStore messages();

  protected abstract UserAccounts accounts();

  protected abstract UserProfiles profiles();

  private UserId user(String name) {
    UserId user = UserId.of(name + run);
    accounts().add(new UserAccount(user, "hash", Optional.empty()));
    return user;
  }

  private ContentHash hash() {
    String seed = run + counter.incrementAndGet();
    return new ContentHash((seed + "0".repeat(64)).substring(0, 64).replaceAll("[^0-9a-f]", "a"));
  }

  private StoredFile file(UserId uploader, Instant at, ContentHash hash) {
    return new StoredFile(
        new FileId("f" + run + counter.incrementAndGet()),
        uploader,
        FileName.of("photo " + counter.get() + ".png"),
        "image/png",
        1234,
        hash,
        at,
        Optional.of(ImageFormat.PNG));
  }

  private void sendNaming(UserId sender, ConversationId chat, long seq, FileId file) {
    MessageDraft draft =
        new MessageDraft(
            chat,
            MsgId.of("m" + run + seq + counter.incrementAndGet()),
            sender,
            MsgType.IMAGE,
            MessageContent.of("{\"file_id\":\"" + file.value() + "\"}"));
    messages()
        .appendAll(
            List.of(draft.sequenced(seq, 1_000)), List.of(new FileReference(file, chat, seq)));
  }

  @Test
  void a_file_is_found_as_it_was_added() {
    UserId ann = user("ann");
    StoredFile file = file(ann, Instant.ofEpochMilli(1_700_000_000_123L), hash());
    catalogue().add(file);

    assertThat(catalogue().find(file.id())).contains(file);
    assertThat(catalogue().find(new FileId("nothing" + run))).isEmpty();
    assertThat(catalogue().standing(file.id())).isEqualTo(FileStanding.UNNAMED);
  }

  @Test
  void messages_keep_files_until_recalled_and_avatars_keep_them_while_set() {
    UserId ann = user("ann");
    UserId bob = user("bob");
    ConversationId chat = ConversationId.parse("dm:" + ann.value() + ":" + bob.value());
    StoredFile sent = file(ann, Instant.now(), hash());
    StoredFile avatar = file(ann, Instant.now(), hash());
    catalogue().add(sent);
    catalogue().add(avatar);

    sendNaming(ann, chat, 1, sent.id());
    profiles().changeAvatar(ann, Optional.of(avatar.id()));

    assertThat(catalogue().standing(sent.id())).isEqualTo(new FileStanding(true, false));
    assertThat(catalogue().conversationsNaming(sent.id(), 10)).containsExactly(chat);
    assertThat(catalogue().standings(List.of(sent.id(), avatar.id())))
        .isEqualTo(
            Map.of(
                sent.id(), new FileStanding(true, false),
                avatar.id(), new FileStanding(false, true)));

    MessageDraft recall =
        new MessageDraft(
            chat,
            MsgId.of("sys" + run),
            ann,
            MsgType.SYSTEM,
            MessageContent.of("{\"event\":\"message_recalled\",\"target_seq\":1}"));
    messages()
        .appendAll(
            List.of(recall.sequenced(2, 2_000)),
            List.of(),
            List.of(new Amendment.Recall(new Amendment.Target(chat, 1))));
    profiles().changeAvatar(ann, Optional.empty());

    assertThat(catalogue().standing(sent.id())).isEqualTo(FileStanding.UNNAMED);
    assertThat(catalogue().conversationsNaming(sent.id(), 10)).isEmpty();
    assertThat(catalogue().standing(avatar.id())).isEqualTo(FileStanding.UNNAMED);
  }

  @Test
  void uploads_are_listed_newest_first_a_page_at_a_time() {
    UserId ann = user("ann");
    List<StoredFile> files = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      StoredFile file = file(ann, Instant.ofEpochMilli(1_800_000_000_000L + i / 2), hash());
      catalogue().add(file);
      files.add(file);
    }
    List<StoredFile> newestFirst =
        files.stream()
            .sorted(
                java.util.Comparator.comparing(StoredFile::createdAt)
                    .thenComparing(file -> file.id().value())
                    .reversed())
            .toList();

    List<StoredFile> first = catalogue().uploadedBy(ann, Optional.empty(), 3);
    List<StoredFile> rest =
        catalogue().uploadedBy(ann, Optional.of(FileCursor.after(first.getLast())), 3);

    assertThat(first).isEqualTo(newestFirst.subList(0, 3));
    assertThat(rest).isEqualTo(newestFirst.subList(3, 5));
  }

  @Test
  void only_old_files_that_nothing_keeps_are_removed_and_then_their_bytes_are_unused() {
    UserId ann = user("ann");
    UserId bob = user("bob");
    ConversationId chat = ConversationId.parse("dm:" + ann.value() + ":" + bob.value());
    Instant old = Instant.ofEpochMilli(1_000);
    ContentHash shared = hash();
    StoredFile unkept = file(ann, old, shared);
    StoredFile sameBytesNamed = file(bob, old, shared);
    StoredFile named = file(ann, old, hash());
    StoredFile fresh = file(ann, Instant.now(), hash());
    List.of(unkept, sameBytesNamed, named, fresh).forEach(catalogue()::add);
    sendNaming(ann, chat, 1, named.id());
    sendNaming(bob, chat, 2, sameBytesNamed.id());

    assertThat(catalogue().removeUnkept(Instant.ofEpochMilli(2_000), 100)).isEqualTo(1);
    assertThat(catalogue().find(unkept.id())).isEmpty();
    assertThat(catalogue().find(named.id())).isPresent();
    assertThat(catalogue().find(fresh.id())).isPresent();

    Instant later = Instant.now().plusSeconds(60);
    // Bytes another file still uses are not unused.
    assertThat(catalogue().unusedBytes(later, 1000)).doesNotContain(shared, named.hash());
    assertThat(catalogue().remove(sameBytesNamed.id())).isTrue();
    assertThat(catalogue().remove(sameBytesNamed.id())).isFalse();
    assertThat(catalogue().unusedBytes(later, 1000)).contains(shared);
    // Not yet past the grace: used too recently.
    assertThat(catalogue().unusedBytes(Instant.ofEpochMilli(2_000), 1000)).doesNotContain(shared);

    List<ContentHash> deleted = new ArrayList<>();
    assertThat(catalogue().forgetUnused(shared, later, deleted::add)).isTrue();
    assertThat(deleted).containsExactly(shared);
    assertThat(catalogue().forgetUnused(named.hash(), later, deleted::add)).isFalse();
    assertThat(deleted).containsExactly(shared);
  }

  @Test
  void a_thumbnail_is_recorded_once_and_its_bytes_are_used_by_it() {
    UserId ann = user("ann");
    StoredFile image = file(ann, Instant.now(), hash());
    StoredFile notImage = file(ann, Instant.now(), hash());
    catalogue().add(image);
    catalogue().add(notImage);
    ContentHash thumb = hash();

    assertThat(catalogue().thumbnail(image.hash())).isEqualTo(new Thumbnail.Unknown());
    catalogue().recordThumbnail(image.hash(), new Thumbnail.Made(thumb, 900));
    catalogue().recordThumbnail(notImage.hash(), new Thumbnail.None());

    assertThat(catalogue().thumbnail(image.hash())).isEqualTo(new Thumbnail.Made(thumb, 900));
    assertThat(catalogue().thumbnail(notImage.hash())).isEqualTo(new Thumbnail.None());
    assertThat(catalogue().unusedBytes(Instant.now().plusSeconds(60), 1000)).doesNotContain(thumb);
  }

  @Test
  void first_thumbnails_and_uploads_of_the_same_bytes_at_once_are_all_recorded() throws Exception {
    UserId ann = user("ann");
    ContentHash bytes = hash();
    ContentHash thumb = hash();
    StoredFile first = file(ann, Instant.now(), bytes);
    catalogue().add(first);
    int racers = 8;
    var start = new java.util.concurrent.CountDownLatch(1);
    try (var threads = java.util.concurrent.Executors.newFixedThreadPool(racers)) {
      var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
      for (int i = 0; i < racers; i++) {
        StoredFile same = file(ann, Instant.now(), bytes);
        done.add(
            threads.submit(
                () -> {
                  start.await();
                  // Two pages showing a new image make its thumbnail at once; two uploads of
                  // equal bytes store them at once.
                  catalogue().recordThumbnail(bytes, new Thumbnail.Made(thumb, 900));
                  catalogue().add(same);
                  return null;
                }));
      }
      start.countDown();
      for (var future : done) {
        future.get(); // none fails
      }
    }
    assertThat(catalogue().thumbnail(bytes)).isEqualTo(new Thumbnail.Made(thumb, 900));
  }
}
