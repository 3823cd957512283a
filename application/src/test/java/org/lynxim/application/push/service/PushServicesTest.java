package org.lynxim.application.push.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lynxim.application.call.port.in.CallSignalCommand;
import org.lynxim.application.fixtures.InMemoryApplication;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.ConversationSettingsChange;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.push.Notification;
import org.lynxim.domain.push.PushJob;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushPlatform;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.SettingsChange;
import org.lynxim.domain.user.UserId;

/** Offline pushes end to end in memory: what is queued, who is woken, what it says. */
class PushServicesTest {
  private final InMemoryApplication app = new InMemoryApplication();
  private final UserId ann = app.user("ann");
  private final UserId bob = app.user("bob");
  private final ConversationId annBob = DirectChatId.between(ann, bob);
  private final DeviceId phone = DeviceId.of("phone");
  private final DeviceId laptop = DeviceId.of("laptop");
  private final PushToken bobPhoneToken = new PushToken(PushPlatform.APNS, "bob-phone");

  {
    app.pushQueue.work(jobs -> app.deliverPushes().deliver(jobs));
    app.pushTokens.set(bob, phone, bobPhoneToken);
    app.pushTokens.set(bob, laptop, new PushToken(PushPlatform.FCM, "bob-laptop"));
    app.pushTokens.set(ann, phone, new PushToken(PushPlatform.FCM, "ann-phone"));
  }

  private List<Notification> delivered() {
    app.pushQueue.deliverAll();
    return app.notifier.all();
  }

  @Test
  void a_message_wakes_the_recipients_offline_devices_with_a_preview_and_the_unread_total() {
    app.presence.connected(bob, laptop);
    app.send(ann, annBob, "a1", "h\u00e9llo " + "\uD83D\uDE00".repeat(120));

    List<Notification> sent = delivered();

    assertThat(sent)
        .singleElement()
        .satisfies(
            push -> {
              assertThat(push.user()).isEqualTo(bob);
              assertThat(push.devices()).isEqualTo(Map.of(phone, bobPhoneToken));
              assertThat(push.seq()).contains(1L);
              assertThat(push.sender()).isEqualTo(ann);
              assertThat(push.unreadTotal()).isEqualTo(1);
              assertThat(push.preview().codePointCount(0, push.preview().length())).isEqualTo(100);
            });
  }

  @Test
  void nobody_is_woken_by_a_mute_their_own_message_a_system_message_or_all_devices_online() {
    app.changeConversationSettings.change(
        bob,
        annBob,
        new ConversationSettingsChange(Optional.empty(), Optional.of(true), Optional.empty()));
    app.send(ann, annBob, "a1", "muted");
    assertThat(delivered()).isEmpty();

    app.changeConversationSettings.change(
        bob,
        annBob,
        new ConversationSettingsChange(Optional.empty(), Optional.of(false), Optional.empty()));
    app.presence.connected(bob, phone);
    app.presence.connected(bob, laptop);
    app.send(ann, annBob, "a2", "online");
    app.recall.recall(ann, annBob, 2);
    assertThat(delivered()).as("all online; a recall is a system message").isEmpty();
    assertThat(app.pushQueue.queued()).isEmpty();
  }

  @Test
  void previews_follow_the_type_and_the_push_preview_setting_and_dead_tokens_are_forgotten() {
    app.updateSettings.update(
        bob, new SettingsChange(Optional.empty(), Optional.empty(), Optional.of(false)));
    app.send(ann, annBob, "a1", "secret");
    app.notifier.rejecting = Set.of("bob-laptop");

    Notification push = delivered().getFirst();

    assertThat(push.preview()).isEqualTo("New message");
    assertThat(push.type()).isEqualTo(MsgType.TEXT);
    assertThat(app.pushTokens.of(bob)).containsOnlyKeys(phone);
  }

  @Test
  void a_stream_is_pushed_at_its_end_and_a_call_invite_as_incoming_call() {
    app.openStream
        .open(
            new org.lynxim.application.messaging.port.in.SendMessageCommand(
                new org.lynxim.domain.conversation.MessageDraft(
                    annBob,
                    org.lynxim.domain.conversation.MsgId.of("s1"),
                    ann,
                    MsgType.TEXT,
                    org.lynxim.domain.conversation.MessageContent.streamStart(""),
                    Optional.empty(),
                    Set.of(),
                    Optional.empty(),
                    true),
                Optional.of(phone)))
        .join();
    assertThat(app.pushQueue.queued()).isEmpty();
    app.addStreamChunk.add(ann, phone, annBob, 1, 1, "streamed text");
    app.endStream.end(ann, annBob, 1, Optional.empty());
    assertThat(app.pushQueue.queued()).containsExactly(new PushJob.ForMessage(annBob, 1));
    assertThat(delivered().getLast().preview()).isEqualTo("streamed text");

    app.signalCall.signal(
        ann,
        phone,
        new CallSignalCommand(
            CallAction.INVITE,
            Optional.empty(),
            Optional.of(annBob),
            Optional.of(CallMedia.AUDIO),
            Optional.empty(),
            Optional.empty()));
    Notification invite = delivered().getLast();
    assertThat(invite.preview()).isEqualTo("Incoming call");
    assertThat(invite.type()).isEqualTo(MsgType.CALL_LOG);
    assertThat(invite.seq()).isEmpty();
    assertThat(invite.pushId()).startsWith("c_");
  }
}
