package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.user.UserId;

class StructuredContentTest {

  private static StructuredContent.Media image(Optional<String> fileId, Optional<String> url) {
    return new StructuredContent.Media(
        MsgType.IMAGE,
        fileId.map(FileId::new),
        url,
        Optional.empty(),
        Optional.of(640L),
        Optional.of(480L),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void media_needs_a_file_or_a_web_url_and_whole_positive_sizes() {
    assertThat(image(Optional.of("f_1"), Optional.empty()).type()).isEqualTo(MsgType.IMAGE);
    assertThat(image(Optional.of("f_1"), Optional.empty()).files())
        .containsExactly(new FileId("f_1"));
    assertThat(image(Optional.empty(), Optional.of("https://example.com/a.png")).url()).isPresent();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> image(Optional.empty(), Optional.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> image(Optional.empty(), Optional.of("ftp://example.com/a.png")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> image(Optional.empty(), Optional.of("/relative.png")));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> image(Optional.empty(), Optional.of("https://e.com/" + "a".repeat(2040))));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> image(Optional.of("bad id!"), Optional.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new StructuredContent.Media(
                    MsgType.VOICE,
                    Optional.of(new FileId("f")),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(-1L)));
  }

  @Test
  void a_location_lies_on_the_globe() {
    assertThat(
            new StructuredContent.Location(90, -180, Optional.of("pole"), Optional.empty()).type())
        .isEqualTo(MsgType.LOCATION);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new StructuredContent.Location(90.5, 0, Optional.empty(), Optional.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new StructuredContent.Location(0, 181, Optional.empty(), Optional.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new StructuredContent.Location(Double.NaN, 0, Optional.empty(), Optional.empty()));
  }

  @Test
  void a_card_names_a_user() {
    assertThat(new StructuredContent.Card(UserId.of("bob"), Optional.empty()).type())
        .isEqualTo(MsgType.CARD);
  }
}
