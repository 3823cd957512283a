package org.lynxim.bootstrap;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lynxim.application.delivery.port.in.DisconnectDeviceUseCase;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserId;

/**
 * A device's connection closed: delivery takes it off the presence table, then every feature that
 * cares hears of it (calls hang up a party that left). Features wired after delivery register here;
 * one that fails does not keep the others from hearing.
 */
final class DeviceDepartures implements DisconnectDeviceUseCase {
  private static final Logger LOG = Logger.getLogger(DeviceDepartures.class.getName());

  private final DisconnectDeviceUseCase delivery;
  private final List<BiConsumer<UserId, DeviceId>> listeners = new CopyOnWriteArrayList<>();

  DeviceDepartures(DisconnectDeviceUseCase delivery) {
    this.delivery = delivery;
  }

  void add(BiConsumer<UserId, DeviceId> listener) {
    listeners.add(listener);
  }

  @Override
  public void disconnected(UserId user, DeviceId device) {
    delivery.disconnected(user, device);
    for (BiConsumer<UserId, DeviceId> listener : listeners) {
      try {
        listener.accept(user, device);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a departure was not heard: " + e.getMessage());
      }
    }
  }
}
