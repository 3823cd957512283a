package org.lynxim.application.call.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lynxim.domain.user.UserId;

/**
 * The STUN and TURN servers a user's client may use, TURN with credentials valid for a while in the
 * TURN REST convention (coturn's {@code use-auth-secret} checks them without asking us).
 */
public interface IceServersUseCase {

  IceServers iceServers(UserId user);

  /** One entry of {@code ice_servers}: STUN entries carry only their urls. */
  record IceServer(List<String> urls, Optional<String> username, Optional<String> credential) {
    public IceServer {
      urls = List.copyOf(urls);
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(credential, "credential");
    }
  }

  /** The servers and how long the credentials last. */
  record IceServers(List<IceServer> servers, Duration ttl) {
    public IceServers {
      servers = List.copyOf(servers);
      Objects.requireNonNull(ttl, "ttl");
    }
  }
}
