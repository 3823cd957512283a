package org.lynxim.adapter.in.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictTextTest {
  private static final String MIXED = "h\u00e9llo \u20ac \u4f60\u597d \ud83d\ude00 \ufffd!";

  @Test
  void a_message_split_at_any_byte_decodes_to_the_same_text() {
    byte[] bytes = MIXED.getBytes(StandardCharsets.UTF_8);
    StrictText text = new StrictText();
    for (int cut = 0; cut <= bytes.length; cut++) {
      String first = text.next(Arrays.copyOfRange(bytes, 0, cut), false).orElseThrow();
      String second = text.next(Arrays.copyOfRange(bytes, cut, bytes.length), true).orElseThrow();

      assertThat(first + second).as("cut at byte %d", cut).isEqualTo(MIXED);
    }
  }

  @Test
  void a_message_one_byte_per_fragment_decodes_to_the_same_text() {
    byte[] bytes = MIXED.getBytes(StandardCharsets.UTF_8);
    StrictText text = new StrictText();
    StringBuilder whole = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      whole.append(text.next(new byte[] {bytes[i]}, i == bytes.length - 1).orElseThrow());
    }
    assertThat(whole.toString()).isEqualTo(MIXED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "C328", // a lead byte followed by no continuation
        "EDA080", // an encoded lone surrogate (CESU-8)
        "C0AF", // an overlong slash
        "F4908080", // above U+10FFFF
        "E282", // a euro cut off at the end
        "FF",
      })
  void bytes_that_are_not_utf8_are_refused(String hex) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);

    assertThat(new StrictText().next(bytes, true)).isEmpty();
  }

  @Test
  void a_refused_message_leaves_the_next_one_unharmed() {
    StrictText text = new StrictText();
    assertThat(text.next(new byte[] {(byte) 0xE2, (byte) 0x82}, false)).contains("");
    assertThat(text.next(new byte[] {'x'}, true)).isEmpty();

    assertThat(text.next("ok".getBytes(StandardCharsets.UTF_8), true)).isEqualTo(Optional.of("ok"));
  }
}
