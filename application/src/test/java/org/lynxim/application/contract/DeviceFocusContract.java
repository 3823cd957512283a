package org.lynxim.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.GroupId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;

/** What every {@link DeviceFocus} must do. */
public abstract class DeviceFocusContract {
  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private final ConversationId big = GroupId.of("big" + run).conversation();
  private final ConversationId small = GroupId.of("small" + run).conversation();
  private final UserDevice annPhone = new UserDevice(UserId.of("fa" + run), DeviceId.of("phone"));
  private final UserDevice annPad = new UserDevice(UserId.of("fa" + run), DeviceId.of("pad"));
  private final UserDevice bobPhone = new UserDevice(UserId.of("fb" + run), DeviceId.of("phone"));

  protected abstract DeviceFocus newFocus();

  @Test
  void a_device_has_one_focus_at_a_time_and_may_drop_it() {
    DeviceFocus focus = newFocus();
    focus.focus(annPhone, Optional.of(big));
    focus.focus(annPad, Optional.of(big));
    focus.focus(bobPhone, Optional.of(big));
    assertThat(focus.focusedOn(big)).containsExactlyInAnyOrder(annPhone, annPad, bobPhone);

    focus.focus(annPhone, Optional.of(small));
    focus.focus(bobPhone, Optional.empty());

    assertThat(focus.focusedOn(big)).containsExactly(annPad);
    assertThat(focus.focusedOn(small)).containsExactly(annPhone);
    focus.focus(annPad, Optional.empty());
    focus.focus(annPhone, Optional.empty());
    assertThat(focus.focusedOn(big)).isEmpty();
    assertThat(focus.focusedOn(small)).isEmpty();
  }
}
