package org.lynxim.adapter.out.redis;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lynxim.application.delivery.port.out.DeviceFocus;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.user.DeviceId;
import org.lynxim.domain.user.UserDevice;
import org.lynxim.domain.user.UserId;
import org.redisson.api.RScript;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * The devices' focus in Redis: per device the conversation it has in focus, per conversation the
 * set of its focused devices, changed together by one script.
 */
public final class RedisDeviceFocus implements DeviceFocus {
  private static final String FOCUS =
      """
      local before = redis.call('get', KEYS[1])
      if before then redis.call('srem', ARGV[1] .. before, ARGV[2]) end
      if ARGV[3] == '' then
        redis.call('del', KEYS[1])
      else
        redis.call('set', KEYS[1], ARGV[3])
        redis.call('sadd', ARGV[1] .. ARGV[3], ARGV[2])
      end
      return 1
      """;

  private final RedisConnection redis;

  RedisDeviceFocus(RedisConnection redis) {
    this.redis = redis;
  }

  private static String member(UserDevice device) {
    return device.user().value() + "|" + device.device().value();
  }

  @Override
  public void focus(UserDevice device, Optional<ConversationId> conversation) {
    try {
      redis
          .client()
          .getScript(StringCodec.INSTANCE)
          .eval(
              RScript.Mode.READ_WRITE,
              FOCUS,
              RScript.ReturnType.LONG,
              List.of(redis.key("focus:dev:" + member(device))),
              redis.key("focus:conv:"),
              member(device),
              conversation.map(ConversationId::value).orElse(""));
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }

  @Override
  public Set<UserDevice> focusedOn(ConversationId conversation) {
    try {
      Set<UserDevice> devices = new HashSet<>();
      for (String member :
          redis
              .client()
              .<String>getSet(redis.key("focus:conv:" + conversation.value()), StringCodec.INSTANCE)
              .readAll()) {
        int bar = member.indexOf('|');
        devices.add(
            new UserDevice(
                UserId.of(member.substring(0, bar)), DeviceId.of(member.substring(bar + 1))));
      }
      return devices;
    } catch (RedisException e) {
      throw RedisConnection.unavailable(e);
    }
  }
}
