package org.lynxim.application.presence.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.application.fixtures.RecordingLocalDevices.Signalled;
import org.lynxim.domain.error.ForbiddenException;
import org.lynxim.domain.error.Reason;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;
import org.lynxim.domain.user.UserPresence;

/** Presence told to friends (cmd 23) and asked for. */
class PresenceServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId ann = app.user("ann");
  private final UserId bob = app.user("bob");
  private final UserId cat = app.user("cat");
  private final DeviceId phone = DeviceId.of("phone");
  private final DeviceId laptop = DeviceId.of("laptop");
  private final Instant now = app.clock.instant();

  PresenceServicesTest() {
    var asked = app.requestFriendship.request(ann, bob, Optional.empty());
    app.answerFriendRequest.answer(bob, asked.request().id(), true);
  }

  private List<Signalled> presenceSignals() {
    return app.recorded.signals.stream()
        .filter(signalled -> signalled.signal() instanceof Signal.PresenceChanged)
        .toList();
  }

  @Test
  void friends_hear_of_the_first_device_and_of_the_last_after_the_grace() {
    app.connectDevice.connected(ann, phone, now);
    app.connectDevice.connected(ann, laptop, now);
    app.disconnectDevice.disconnected(ann, phone);
    app.disconnectDevice.disconnected(ann, laptop);

    assertThat(presenceSignals())
        .containsExactly(
            new Signalled(List.of(bob), new Signal.PresenceChanged(ann, true, Optional.empty())));
    assertThat(app.timers.delays).containsExactly(InMemoryApplication.PRESENCE_GRACE);

    app.timers.runAll();

    assertThat(presenceSignals())
        .last()
        .isEqualTo(
            new Signalled(List.of(bob), new Signal.PresenceChanged(ann, false, Optional.of(now))));
    assertThat(app.queryPresence.presence(bob, List.of(ann)))
        .containsExactly(new UserPresence(ann, false, Optional.of(now)));
  }

  @Test
  void a_user_back_within_the_grace_makes_no_noise() {
    app.connectDevice.connected(ann, phone, now);
    app.recorded.signals.clear();

    app.disconnectDevice.disconnected(ann, phone);
    app.connectDevice.connected(ann, phone, now);
    app.timers.runAll();

    assertThat(presenceSignals()).isEmpty();
    assertThat(app.queryPresence.presence(bob, List.of(ann)))
        .containsExactly(new UserPresence(ann, true, Optional.empty()));
  }

  @Test
  void a_user_who_leaves_again_is_told_offline_once() {
    app.connectDevice.connected(ann, phone, now);
    app.disconnectDevice.disconnected(ann, phone);
    app.connectDevice.connected(ann, phone, now);
    app.disconnectDevice.disconnected(ann, phone);
    app.recorded.signals.clear();

    app.timers.runAll();

    assertThat(presenceSignals()).hasSize(1);
  }

  @Test
  void the_query_answers_in_the_order_asked_for_friends_and_oneself_only() {
    app.connectDevice.connected(bob, phone, now);

    assertThat(app.queryPresence.presence(ann, List.of(bob, ann, bob)))
        .containsExactly(
            new UserPresence(bob, true, Optional.empty()),
            new UserPresence(ann, false, Optional.empty()),
            new UserPresence(bob, true, Optional.empty()));
    assertThatThrownBy(() -> app.queryPresence.presence(ann, List.of(bob, cat)))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FRIENDS));
    assertThatThrownBy(() -> app.queryPresence.presence(ann, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> app.queryPresence.presence(ann, Collections.nCopies(101, bob)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(app.queryPresence.presence(ann, Collections.nCopies(100, bob))).hasSize(100);
  }

  @Test
  void strangers_hear_nothing() {
    app.connectDevice.connected(cat, phone, now);
    app.disconnectDevice.disconnected(cat, phone);
    app.timers.runAll();

    assertThat(presenceSignals()).isEmpty();
  }
}
