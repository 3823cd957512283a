package org.lynxim.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lynxim.domain.user.UserId;

class ConversationIdTest {

  @Test
  void a_direct_chat_id_names_its_two_users_in_byte_order() {
    ConversationId id = ConversationId.parse("dm:alice:bob");

    assertThat(id).isEqualTo(DirectChatId.between(UserId.of("bob"), UserId.of("alice")));
    assertThat(id.value()).isEqualTo("dm:alice:bob");
    assertThat(((DirectChatId) id).peerOf(UserId.of("alice"))).isEqualTo(UserId.of("bob"));
  }

  @Test
  void a_group_chat_id_carries_the_group_id() {
    ConversationId id = ConversationId.parse("grp:Ab_9-x");

    assertThat(id).isEqualTo(new GroupChatId(GroupId.of("Ab_9-x")));
    assertThat(id.value()).isEqualTo("grp:Ab_9-x");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "dm:",
        "dm:bob:alice",
        "dm:alice:alice",
        "dm:alice",
        "dm:alice:bob:carol",
        "dm:Alice:bob",
        "grp:",
        "grp:a b",
        "chan:1",
        "alice"
      })
  void anything_else_is_invalid(String raw) {
    assertThatIllegalArgumentException().isThrownBy(() -> ConversationId.parse(raw));
  }

  @Test
  void generated_group_ids_are_valid_and_distinct() {
    var random = new java.util.Random(7);
    GroupId one = GroupId.generate(random);
    GroupId two = GroupId.generate(random);

    assertThat(one.value()).hasSize(16).matches("[A-Za-z0-9_-]+");
    assertThat(one).isNotEqualTo(two);
  }
}
