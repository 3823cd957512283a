package org.lynxim.application.file.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lynxim.application.account.port.in.UpdateProfileUseCase.ProfileChange;
import org.lynxim.application.file.port.in.Download;
import org.lynxim.application.file.port.in.FileInfo;
import org.lynxim.application.file.port.in.UploadFileUseCase.Upload;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.messaging.port.in.SendMessageCommand;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.StructuredContent;
import org.lynxim.domain.error.ContentTooLargeException;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.NotFoundException;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.file.ImageFormat;
import org.lynxim.domain.group.Group;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/** Uploads, reads, the access rule, deletion and the sweep, through the services. */
class FileServicesTest {
  private static final byte[] PNG_HEAD = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId ann = app.user("ann");
  private final UserId bob = app.user("bob");
  private final UserId eve = app.user("eve");
  private final ConversationId annBob = DirectChatId.between(ann, bob);

  private FileInfo upload(UserId uploader, byte[] bytes) {
    return app.uploadFile.upload(
        uploader, new Upload("../photos/cat.png", Optional.of("image/png"), stream(bytes)));
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static byte[] image(String text) {
    byte[] tail = text.getBytes();
    byte[] bytes = new byte[PNG_HEAD.length + tail.length];
    System.arraycopy(PNG_HEAD, 0, bytes, 0, PNG_HEAD.length);
    System.arraycopy(tail, 0, bytes, PNG_HEAD.length, tail.length);
    return bytes;
  }

  private static byte[] read(Download download) {
    try (InputStream in = download.bytes().open(0, download.size())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sendImage(UserId sender, ConversationId chat, String msgId, FileId file) {
    MessageDraft draft =
        new MessageDraft(
            chat,
            MsgId.of(msgId),
            sender,
            MsgType.IMAGE,
            MessageContent.of("{\"file_id\":\"" + file.value() + "\"}"),
            Optional.empty(),
            Set.of(file));
    StructuredContent.Media media =
        new StructuredContent.Media(
            MsgType.IMAGE,
            Optional.of(file),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    app.send
        .send(new SendMessageCommand(draft, Optional.of(DeviceId.of("phone")), Optional.of(media)))
        .join();
  }

  @Test
  void an_upload_is_kept_by_its_bytes_named_safely_and_expires_until_a_message_names_it() {
    FileInfo info = upload(ann, image("cat"));

    assertThat(info.file().name().value()).isEqualTo("cat.png");
    assertThat(info.file().image()).contains(ImageFormat.PNG);
    assertThat(info.expiresAt())
        .contains(app.clock.instant().plus(InMemoryApplication.UNREFERENCED_FILE_TTL));
    assertThat(read(app.readFile.download(ann, info.file().id()))).isEqualTo(image("cat"));

    sendImage(ann, annBob, "m1", info.file().id());

    assertThat(app.readFile.info(bob, info.file().id()).expiresAt()).isEmpty();
  }

  @Test
  void members_of_a_conversation_naming_it_read_it_others_get_404_and_a_recall_ends_it() {
    FileId file = upload(ann, image("cat")).file().id();
    assertThatThrownBy(() -> app.readFile.download(bob, file))
        .isInstanceOf(NotFoundException.class);

    sendImage(ann, annBob, "m1", file);

    assertThat(read(app.readFile.download(bob, file))).isEqualTo(image("cat"));
    assertThatThrownBy(() -> app.readFile.download(eve, file))
        .isInstanceOf(NotFoundException.class);

    app.recall.recall(ann, annBob, 1);

    assertThatThrownBy(() -> app.readFile.download(bob, file))
        .isInstanceOf(NotFoundException.class);
    assertThat(app.readFile.info(ann, file).expiresAt()).isPresent();
  }

  @Test
  void in_a_group_only_current_members_read_it() {
    Group group = app.group(ann, bob);
    FileId file = upload(ann, image("team")).file().id();
    sendImage(ann, group.conversationId(), "g1", file);

    assertThat(app.readFile.info(bob, file).file().id()).isEqualTo(file);
    app.removeMember.remove(ann, group.id(), bob);
    assertThatThrownBy(() -> app.readFile.info(bob, file)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_message_names_only_its_senders_own_files() {
    FileId annsFile = upload(ann, image("cat")).file().id();

    assertThatThrownBy(() -> sendImage(bob, annBob, "b1", annsFile))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sendImage(bob, annBob, "b2", new FileId("nothing")))
        .isInstanceOf(NotFoundException.class);
    assertThat(app.messages.readAfter(annBob, 0, 10)).isEmpty();
  }

  @Test
  void an_avatar_is_an_image_of_ones_own_and_every_user_reads_it() {
    FileId picture = upload(ann, image("me")).file().id();
    FileId text =
        app.uploadFile
            .upload(ann, new Upload("notes.txt", Optional.empty(), stream("hello".getBytes())))
            .file()
            .id();

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                app.updateProfile.update(
                    ann, new ProfileChange(Optional.empty(), Optional.of(Optional.of(text)))));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                app.updateProfile.update(
                    bob, new ProfileChange(Optional.empty(), Optional.of(Optional.of(picture)))));

    app.updateProfile.update(
        ann, new ProfileChange(Optional.empty(), Optional.of(Optional.of(picture))));

    assertThat(app.profile.profile(ann).avatarFileId()).contains(picture);
    assertThat(read(app.readFile.download(eve, picture))).isEqualTo(image("me"));
    assertThat(app.readFile.info(eve, picture).expiresAt()).isEmpty();
  }

  @Test
  void too_large_and_empty_uploads_are_refused_and_keep_nothing() {
    byte[] tooLarge = new byte[(int) InMemoryApplication.MAX_UPLOAD_BYTES + 1];

    assertThatThrownBy(() -> upload(ann, tooLarge)).isInstanceOf(ContentTooLargeException.class);
    assertThatIllegalArgumentException().isThrownBy(() -> upload(ann, new byte[0]));
    assertThat(app.fileStore.size()).isZero();
    assertThat(app.listFiles.files(ann, Optional.empty(), 10).files()).isEmpty();
  }

  @Test
  void only_the_uploader_deletes() {
    FileId file = upload(ann, image("cat")).file().id();
    sendImage(ann, annBob, "m1", file);

    assertThatThrownBy(() -> app.deleteFile.delete(bob, file))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> app.deleteFile.delete(eve, file))
        .isInstanceOf(NotFoundException.class);
    app.deleteFile.delete(ann, file);
    assertThatThrownBy(() -> app.readFile.info(ann, file)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_thumbnail_is_made_once_and_only_for_images() {
    FileId picture = upload(ann, image("a picture")).file().id();
    FileId text =
        app.uploadFile
            .upload(ann, new Upload("a.txt", Optional.empty(), stream("plain words".getBytes())))
            .file()
            .id();

    Download thumbnail = app.readFile.thumbnail(ann, picture);
    int storedAfterFirst = app.fileStore.size();
    Download again = app.readFile.thumbnail(ann, picture);

    assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
    assertThat(thumbnail.name().value()).isEqualTo("cat.jpg");
    assertThat(again.hash()).isEqualTo(thumbnail.hash());
    assertThat(app.fileStore.size()).isEqualTo(storedAfterFirst);
    assertThatThrownBy(() -> app.readFile.thumbnail(ann, text))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_sweep_deletes_expired_files_then_their_bytes_and_keeps_what_is_named() {
    FileId kept = upload(ann, image("kept")).file().id();
    FileId expired = upload(ann, image("expired")).file().id();
    sendImage(ann, annBob, "m1", kept);
    Clock dayLater = Clock.offset(app.clock, Duration.ofHours(25));

    assertThat(
            new FileAccess(
                    app.fileCatalogue,
                    new org.lynxim.application.messaging.service.CanReadConversationService(
                        app.membership),
                    InMemoryApplication.UNREFERENCED_FILE_TTL,
                    dayLater)
                .requireLive(kept)
                .file()
                .id())
        .isEqualTo(kept);
    SweepFilesService sweep =
        new SweepFilesService(
            app.fileStore,
            app.fileCatalogue,
            InMemoryApplication.UNREFERENCED_FILE_TTL,
            Duration.ofHours(1),
            dayLater);

    assertThat(sweep.sweep()).isEqualTo(new SweepFilesService.Swept(1, 1));
    assertThat(app.fileCatalogue.find(expired)).isEmpty();
    assertThat(app.fileStore.size()).isEqualTo(1);
    assertThat(read(app.readFile.download(bob, kept))).isEqualTo(image("kept"));
    assertThat(sweep.sweep()).isEqualTo(new SweepFilesService.Swept(0, 0));
  }
}
