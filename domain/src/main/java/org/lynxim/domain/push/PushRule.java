package org.lynxim.domain.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lynxim.domain.conversation.Message;
import org.lynxim.domain.conversation.MsgType;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.PushToken;
import org.lynxim.domain.user.UserId;

/**
 * Who gets a push, and what it says. A message (not a system message, not an open stream, not the
 * user's own) reaches a user who did not mute its conversation on each device that has a push token
 * and is not online; a call invite the same way, as "Incoming call".
 */
public final class PushRule {
  /** Previews are cut at this many code points. */
  public static final int PREVIEW_CODE_POINTS = 100;

  private PushRule() {}

  /** How one member stands for a push: its mute, its preview setting, its devices. */
  public record Recipient(
      UserId user,
      boolean muted,
      boolean pushPreview,
      Map<DeviceId, PushToken> tokens,
      Set<DeviceId> online) {
    public Recipient {
      Objects.requireNonNull(user, "user");
      tokens = Map.copyOf(tokens);
      online = Set.copyOf(online);
    }

    /** The devices with a token that are not online now. */
    public Map<DeviceId, PushToken> offlineDevices() {
      Map<DeviceId, PushToken> offline = new LinkedHashMap<>();
      tokens.forEach(
          (device, token) -> {
            if (!online.contains(device)) {
              offline.put(device, token);
            }
          });
      return offline;
    }
  }

  /** Whether the message may wake anyone at all (before looking at who). */
  public static boolean pushable(Message message) {
    return message.type() != MsgType.SYSTEM && !message.streaming() && !message.recalled();
  }

  /**
   * The devices of {@code recipient} the message wakes: none for its sender, a mute, or all online.
   */
  public static Map<DeviceId, PushToken> wakes(Message message, Recipient recipient) {
    if (!pushable(message) || message.sender().equals(recipient.user()) || recipient.muted()) {
      return Map.of();
    }
    return recipient.offlineDevices();
  }

  /** The devices of the callee an invite wakes: none when it muted the conversation. */
  public static Map<DeviceId, PushToken> wakes(PushJob.ForCallInvite invite, Recipient callee) {
    return callee.muted() ? Map.of() : callee.offlineDevices();
  }

  /** The notification of {@code message} for the recipient's {@code devices}. */
  public static Notification of(
      Message message, Recipient recipient, Map<DeviceId, PushToken> devices, long unreadTotal) {
    return new Notification(
        pushId("m", message.conversationId().value() + "#" + message.seq(), recipient.user()),
        recipient.user(),
        devices,
        message.conversationId(),
        Optional.of(message.seq()),
        message.sender(),
        message.type(),
        recipient.pushPreview() ? preview(message) : "New message",
        unreadTotal,
        message.sendTime());
  }

  /** The notification of an invite; "Incoming call" whatever the preview setting. */
  public static Notification of(
      PushJob.ForCallInvite invite,
      Recipient callee,
      Map<DeviceId, PushToken> devices,
      long unreadTotal) {
    return new Notification(
        pushId("c", invite.call().value(), callee.user()),
        callee.user(),
        devices,
        invite.conversation(),
        Optional.empty(),
        invite.caller(),
        MsgType.CALL_LOG,
        "Incoming call",
        unreadTotal,
        invite.invitedAt());
  }

  /** The text's first 100 code points, or what the type is for the other types. */
  public static String preview(Message message) {
    return switch (message.type()) {
      case TEXT -> firstCodePoints(message.content().text(), PREVIEW_CODE_POINTS);
      case IMAGE -> "[image]";
      case FILE -> "[file]";
      case VOICE -> "[voice]";
      case VIDEO -> "[video]";
      case CARD -> "[card]";
      case LOCATION -> "[location]";
      case CALL_LOG -> "[call]";
      case SYSTEM -> "";
    };
  }

  private static String firstCodePoints(String text, int count) {
    int length = text.codePointCount(0, text.length());
    return length <= count ? text : text.substring(0, text.offsetByCodePoints(0, count));
  }

  /** The same thing for the same user always gets the same id. */
  private static String pushId(String kind, String what, UserId user) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((what + "|" + user.value()).getBytes(StandardCharsets.UTF_8));
      return kind
          + "_"
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
