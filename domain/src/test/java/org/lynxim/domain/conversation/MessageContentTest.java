package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lynxim.domain.error.ContentTooLargeException;

class MessageContentTest {

  @Test
  void content_of_exactly_4096_bytes_is_accepted() {
    assertThat(MessageContent.of("a".repeat(4096)).text()).hasSize(4096);
  }

  @Test
  void content_over_4096_bytes_is_too_large() {
    assertThatThrownBy(() -> MessageContent.of("a".repeat(4097)))
        .isInstanceOf(ContentTooLargeException.class);
  }

  @Test
  void the_limit_counts_utf8_bytes_not_characters() {
    String euro = "\u20ac".repeat(1366); // 3 bytes each: 4098 bytes
    assertThat(euro.getBytes(StandardCharsets.UTF_8)).hasSize(4098);
    assertThatThrownBy(() -> MessageContent.of(euro)).isInstanceOf(ContentTooLargeException.class);
    String emoji = "\uD83D\uDE00".repeat(1024); // 4 bytes each: 4096 bytes
    assertThat(MessageContent.utf8Length(emoji)).isEqualTo(4096);
  }

  @Test
  void a_surrogate_without_its_pair_is_invalid_wherever_it_stands() {
    for (String broken : new String[] {"\uD800", "a\uDC00b", "\uD83D", "ok \uDE00\uD83D"}) {
      assertThatIllegalArgumentException()
          .as(broken)
          .isThrownBy(() -> MessageContent.of(broken))
          .withMessageContaining("valid Unicode");
    }
    assertThat(MessageContent.of("\uD83D\uDE00").text()).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void broken_text_is_a_400_before_a_too_large_one_is_a_413() {
    assertThatThrownBy(() -> MessageContent.of("a".repeat(5000) + "\uD800"))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void empty_content_is_invalid() {
    assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.of(""));
  }

  @Test
  void clients_send_types_1_to_7_and_the_server_alone_makes_call_logs_and_system_messages() {
    assertThat(MsgType.ofClientCode(1)).isEqualTo(MsgType.TEXT);
    assertThat(MsgType.ofClientCode(7)).isEqualTo(MsgType.LOCATION);
    assertThatIllegalArgumentException().isThrownBy(() -> MsgType.ofClientCode(0));
    assertThatIllegalArgumentException().isThrownBy(() -> MsgType.ofClientCode(8));
    assertThatIllegalArgumentException().isThrownBy(() -> MsgType.ofClientCode(100));
    assertThat(MsgType.ofCode(100)).isEqualTo(MsgType.SYSTEM);
    assertThat(MsgType.SYSTEM.isServerMade()).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> MsgType.ofCode(9));
  }
}
