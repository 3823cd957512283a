package org.lynxim.adapter.out.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lynxim.application.delivery.port.out.DeliveryEvent;
import org.lynxim.domain.call.CallAction;
import org.lynxim.domain.call.CallId;
import org.lynxim.domain.call.CallMedia;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.DirectChatId;
import org.lynxim.domain.conversation.MessageContent;
import org.lynxim.domain.conversation.MessageDraft;
import org.lynxim.domain.conversation.MsgId;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.file.FileId;
import org.lynxim.domain.notice.Audience;
import org.lynxim.domain.notice.Signal;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** A draft crosses the queue whole: the files it names and the change it makes included. */
class WireFormatTest {
  private static final ConversationId CHAT = ConversationId.parse("dm:ann:bob");

  private static MessageDraft roundTrip(MessageDraft draft) {
    return WireFormat.draft(WireFormat.draft(draft));
  }

  @Test
  void an_image_keeps_the_files_it_names() {
    MessageDraft image =
        new MessageDraft(
            CHAT,
            MsgId.of("i1"),
            UserId.of("ann"),
            MsgType.IMAGE,
            MessageContent.of("{\"file_id\":\"f1\",\"thumb_file_id\":\"t1\"}"),
            Optional.of(3L),
            Set.of(new FileId("f1"), new FileId("t1")));

    assertThat(roundTrip(image)).isEqualTo(image);
  }

  @Test
  void system_messages_keep_the_recall_or_edit_they_carry() {
    for (Amendment amendment :
        new Amendment[] {
          new Amendment.Recall(new Amendment.Target(CHAT, 7)),
          new Amendment.Edit(new Amendment.Target(CHAT, 8), MessageContent.of("new é"), 42),
          new Amendment.EndStream(
              new Amendment.Target(CHAT, 9), MessageContent.streamed("€".repeat(21_000), 65_536))
        }) {
      MessageDraft system =
          new MessageDraft(
              CHAT,
              MsgId.of("sys_1"),
              UserId.of("ann"),
              MsgType.SYSTEM,
              MessageContent.of("{\"event\":\"message_recalled\",\"target_seq\":7}"),
              Optional.empty(),
              Set.of(),
              Optional.of(amendment));

      assertThat(roundTrip(system)).isEqualTo(system);
    }
  }

  @Test
  void a_stream_placeholder_and_the_signals_of_streams_and_calls_cross_whole() {
    MessageDraft placeholder =
        new MessageDraft(
            CHAT,
            MsgId.of("s1"),
            UserId.of("ann"),
            MsgType.TEXT,
            MessageContent.streamStart(""),
            Optional.empty(),
            Set.of(),
            Optional.empty(),
            true);
    assertThat(roundTrip(placeholder)).isEqualTo(placeholder);

    UserDevice annPhone = new UserDevice(UserId.of("ann"), DeviceId.of("phone"));
    for (DeliveryEvent event :
        new DeliveryEvent[] {
          new DeliveryEvent.MessagePushed(
              new org.lynxim.domain.conversation.Message(
                  ConversationId.parse("grp:big"),
                  4,
                  MsgId.of("m4"),
                  UserId.of("ann"),
                  MsgType.TEXT,
                  MessageContent.of("to many"),
                  1_000),
              List.of(UserId.of("ann"), UserId.of("bob")),
              java.util.Map.of(),
              Optional.of(DeviceId.of("phone")),
              Optional.of(java.util.Set.of(annPhone))),
          new DeliveryEvent.SignalSent(
              Audience.allBut(List.of(UserId.of("ann"), UserId.of("bob")), annPhone),
              new Signal.StreamChunk(CHAT, 9, 3, "delta ✓")),
          new DeliveryEvent.SignalSent(
              Audience.device(annPhone),
              new Signal.CallSignal(
                  new CallId("c1"),
                  CallAction.CANDIDATE,
                  (DirectChatId) CHAT,
                  Optional.of(new UserDevice(UserId.of("bob"), DeviceId.of("pad"))),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of("{\"candidate\":\"candidate:1 1 udp 2122260223 10.0.0.1 5000\"}"))),
          new DeliveryEvent.SignalSent(
              Audience.of(List.of(UserId.of("bob"))),
              new Signal.CallSignal(
                  new CallId("c2"),
                  CallAction.TIMEOUT,
                  (DirectChatId) CHAT,
                  Optional.empty(),
                  Optional.of(CallMedia.VIDEO),
                  Optional.of("v=0 " + "x".repeat(70_000)),
                  Optional.empty()))
        }) {
      WireFormat.Told told = new WireFormat.Told("node-a", event);
      assertThat(WireFormat.event(WireFormat.event(told))).isEqualTo(told);
    }
  }
}
