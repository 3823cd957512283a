package org.lynxim.adapter.out.memory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.UserDevice;

/** The devices' focus in a single process, under one lock. */
public final class InProcessDeviceFocus implements DeviceFocus {
  private final Map<UserDevice, ConversationId> byDevice = new HashMap<>();
  private final Map<ConversationId, Set<UserDevice>> byConversation = new HashMap<>();

  @Override
  public synchronized void focus(UserDevice device, Optional<ConversationId> conversation) {
    ConversationId before = byDevice.remove(device);
    if (before != null) {
      Set<UserDevice> devices = byConversation.get(before);
      devices.remove(device);
      if (devices.isEmpty()) {
        byConversation.remove(before);
      }
    }
    conversation.ifPresent(
        now -> {
          byDevice.put(device, now);
          byConversation.computeIfAbsent(now, c -> new HashSet<>()).add(device);
        });
  }

  @Override
  public synchronized Set<UserDevice> focusedOn(ConversationId conversation) {
    return Set.copyOf(byConversation.getOrDefault(conversation, Set.of()));
  }
}
