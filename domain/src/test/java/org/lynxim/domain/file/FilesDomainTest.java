package org.lynxim.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.FileReference;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.conversation.SendBatch;
import org.lynxim.domain.user.UserId;

class FilesDomainTest {
  private static final Duration TTL = Duration.ofHours(24);
  private static final Instant UPLOADED = Instant.parse("2026-12-01T10:00:00Z");

  private static StoredFile file(String contentType) {
    return new StoredFile(
        new FileId("f1"),
        UserId.of("ann"),
        FileName.of("a.bin"),
        contentType,
        10,
        new ContentHash("a".repeat(64)),
        UPLOADED,
        Optional.empty());
  }

  @Test
  void a_name_is_the_last_segment_without_control_characters_and_never_a_path() {
    assertThat(FileName.of("../../etc/passwd").value()).isEqualTo("passwd");
    assertThat(FileName.of("C:\\Users\\ann\\cat.png").value()).isEqualTo("cat.png");
    assertThat(FileName.of("bad\r\nname\u0000.txt").value()).isEqualTo("badname.txt");
    assertThat(FileName.of("").value()).isEqualTo("file");
    assertThat(FileName.of("..").value()).isEqualTo("file");
    assertThat(FileName.of("猫の写真.jpg").value()).isEqualTo("猫の写真.jpg");
    assertThat(FileName.of("x".repeat(300)).value()).hasSize(FileName.MAX_LENGTH);
    assertThatIllegalArgumentException().isThrownBy(() -> new FileName("a/b"));
  }

  @Test
  void formats_are_known_by_their_first_bytes() {
    assertThat(ImageFormat.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))
        .contains(ImageFormat.PNG);
    assertThat(ImageFormat.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
        .contains(ImageFormat.JPEG);
    assertThat(ImageFormat.sniff("GIF89a...".getBytes())).contains(ImageFormat.GIF);
    assertThat(ImageFormat.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes())).contains(ImageFormat.WEBP);
    assertThat(ImageFormat.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes())).isEmpty();
    assertThat(ImageFormat.sniff("%PDF-1.7".getBytes())).isEmpty();
    assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
  }

  @Test
  void a_huge_image_is_never_decoded_and_a_large_one_is_read_subsampled() {
    assertThat(new ImageSize(50_000, 50_000).mayBeDecoded()).isFalse();
    assertThat(new ImageSize(10_000, 10_000).mayBeDecoded()).isTrue();
    assertThat(new ImageSize(10_000, 10_000).subsampling()).isEqualTo(15);
    assertThat(new ImageSize(300, 200).subsampling()).isEqualTo(1);
    assertThat(new ImageSize(1600, 900).thumbnail()).isEqualTo(new ImageSize(320, 180));
    assertThat(new ImageSize(900, 1600).thumbnail()).isEqualTo(new ImageSize(180, 320));
    assertThat(new ImageSize(100, 50).thumbnail()).isEqualTo(new ImageSize(100, 50));
    assertThat(new ImageSize(5000, 1).thumbnail()).isEqualTo(new ImageSize(320, 1));
  }

  @Test
  void an_unnamed_file_expires_a_ttl_after_upload_and_reads_gone_from_then_on() {
    StoredFile file = file("image/png");

    assertThat(file.expiresAt(FileStanding.UNNAMED, TTL)).contains(UPLOADED.plus(TTL));
    assertThat(file.expiresAt(new FileStanding(true, false), TTL)).isEmpty();
    assertThat(file.expiresAt(new FileStanding(false, true), TTL)).isEmpty();
    assertThat(file.expired(FileStanding.UNNAMED, TTL, UPLOADED.plus(TTL).minusMillis(1)))
        .isFalse();
    assertThat(file.expired(FileStanding.UNNAMED, TTL, UPLOADED.plus(TTL))).isTrue();
    assertThat(file.expired(new FileStanding(true, false), TTL, UPLOADED.plus(TTL))).isFalse();
  }

  @Test
  void images_audio_and_video_are_shown_in_place_and_declared_types_are_checked() {
    assertThat(file("image/png").shownInline()).isTrue();
    assertThat(file("audio/ogg").shownInline()).isTrue();
    assertThat(file("Video/MP4").shownInline()).isTrue();
    assertThat(file("text/html").shownInline()).isFalse();
    assertThat(file("application/pdf").shownInline()).isFalse();
    assertThat(StoredFile.declaredType(Optional.of("text/plain; charset=utf-8")))
        .isEqualTo("text/plain; charset=utf-8");
    assertThat(StoredFile.declaredType(Optional.of("text/html\r\nSet-Cookie: x=1")))
        .isEqualTo(StoredFile.DEFAULT_CONTENT_TYPE);
    assertThat(StoredFile.declaredType(Optional.of("nonsense")))
        .isEqualTo("application/octet-stream");
    assertThat(StoredFile.declaredType(Optional.empty())).isEqualTo("application/octet-stream");
    assertThatIllegalArgumentException().isThrownBy(() -> new ContentHash("ABC"));
    assertThatIllegalArgumentException().isThrownBy(() -> new FileId("../x"));
  }

  @Test
  void a_batch_records_the_files_its_new_messages_name_and_nothing_for_duplicates() {
    ConversationId chat = ConversationId.parse("dm:ann:bob");
    MessageDraft image =
        new MessageDraft(
            chat,
            MsgId.of("m1"),
            UserId.of("ann"),
            MsgType.IMAGE,
            MessageContent.of("{\"file_id\":\"f1\",\"thumb_file_id\":\"t1\"}"),
            Optional.empty(),
            Set.of(new FileId("f1"), new FileId("t1")));
    SendBatch batch = SendBatch.of(List.of(image, image), java.util.Map.of());

    var outcomes = batch.seal(java.util.Map.of(chat, 7L), 1_000);

    assertThat(SendBatch.references(outcomes))
        .containsExactlyInAnyOrder(
            new FileReference(new FileId("f1"), chat, 7),
            new FileReference(new FileId("t1"), chat, 7));
  }
}
