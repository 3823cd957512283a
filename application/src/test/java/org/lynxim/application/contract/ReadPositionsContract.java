package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lynxim.application.messaging.port.out.ReadPositions;
import org.lynxim.application.messaging.port.out.ReadPositions.Advance;
import org.lynxim.application.messaging.port.out.ReadPositions.Reader;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.conversation.ReadPosition;
import org.lynxim.domain.user.UserId;

/** What every {@link ReadPositions} must do. */
public abstract class ReadPositionsContract {
  private ReadPositions positions;
  private UserId user;
  private ConversationId one;
  private ConversationId two;

  protected abstract ReadPositions newPositions();

  @BeforeEach
  void setUp() {
    positions = newPositions();
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    user = UserId.of("u" + run);
    one = GroupId.of("one" + run).conversation();
    two = GroupId.of("two" + run).conversation();
  }

  @Test
  void a_position_starts_at_zero() {
    assertThat(positions.of(user, one)).isEqualTo(new ReadPosition(0));
    assertThat(positions.allOf(user)).isEmpty();
  }

  @Test
  void a_position_only_moves_forward() {
    Advance first = positions.advance(user, one, new ReadPosition(5));
    Advance back = positions.advance(user, one, new ReadPosition(3));
    Advance same = positions.advance(user, one, new ReadPosition(5));
    Advance on = positions.advance(user, one, new ReadPosition(9));

    assertThat(first).isEqualTo(new Advance(new ReadPosition(0), new ReadPosition(5)));
    assertThat(first.moved()).isTrue();
    assertThat(back).isEqualTo(new Advance(new ReadPosition(5), new ReadPosition(5)));
    assertThat(back.moved()).isFalse();
    assertThat(same.moved()).isFalse();
    assertThat(on.after()).isEqualTo(new ReadPosition(9));
    assertThat(positions.of(user, one)).isEqualTo(new ReadPosition(9));
  }

  @Test
  void many_positions_move_at_once_and_only_forward() {
    positions.advance(user, one, new ReadPosition(10));
    positions.advanceAll(
        Map.of(
            new ReadPositions.Reader(user, one), new ReadPosition(4),
            new ReadPositions.Reader(user, two), new ReadPosition(6)));

    assertThat(positions.of(user, one)).isEqualTo(new ReadPosition(10));
    assertThat(positions.of(user, two)).isEqualTo(new ReadPosition(6));
    positions.advanceAll(Map.of());
  }

  @Test
  void many_readers_are_read_at_once_and_the_unknown_left_out() {
    UserId other = UserId.of(user.value() + "x");
    positions.advance(user, one, new ReadPosition(4));
    positions.advance(other, one, new ReadPosition(9));
    positions.advance(user, two, new ReadPosition(7));
    List<Reader> readers = new java.util.ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      readers.add(new Reader(UserId.of("nobody" + i), one));
    }
    readers.addAll(List.of(new Reader(user, one), new Reader(other, one), new Reader(other, two)));

    assertThat(positions.of(readers))
        .isEqualTo(
            Map.of(
                new Reader(user, one), new ReadPosition(4),
                new Reader(other, one), new ReadPosition(9)));
    assertThat(positions.of(List.of())).isEmpty();
  }

  @Test
  void first_acks_of_one_user_in_many_conversations_at_once_all_land() throws Exception {
    int conversations = 200;
    List<java.util.concurrent.Callable<Advance>> acks = new java.util.ArrayList<>();
    for (int i = 0; i < conversations; i++) {
      ConversationId chat = GroupId.of("c" + i + user.value()).conversation();
      acks.add(() -> positions.advance(user, chat, new ReadPosition(1)));
    }
    try (var threads = java.util.concurrent.Executors.newFixedThreadPool(16)) {
      for (var ack : threads.invokeAll(acks)) {
        assertThat(ack.get().after()).isEqualTo(new ReadPosition(1));
      }
    }

    assertThat(positions.allOf(user)).hasSize(conversations);
  }

  @Test
  void positions_are_kept_per_conversation() {
    positions.advance(user, one, new ReadPosition(4));
    positions.advance(user, two, new ReadPosition(7));

    assertThat(positions.allOf(user))
        .containsEntry(one, new ReadPosition(4))
        .containsEntry(two, new ReadPosition(7))
        .hasSize(2);
  }
}
