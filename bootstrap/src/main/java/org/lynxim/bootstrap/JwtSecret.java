package org.lynxim.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The key that signs tokens: the configured one, or else a random one made on first start and kept
 * in the data directory (readable by the owner only), so tokens outlive a restart and no secret is
 * ever written into the code.
 */
final class JwtSecret {
  private static final String FILE = "jwt.secret";

  private JwtSecret() {}

  static byte[] resolve(Optional<String> configured, Path dataDir) {
    if (configured.isPresent()) {
      return configured.get().getBytes(StandardCharsets.UTF_8);
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).trim());
      }
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      Files.createDirectories(dataDir);
      Files.writeString(
          file, Base64.getEncoder().encodeToString(secret), StandardOpenOption.CREATE_NEW);
      // Where the file system has no POSIX permissions, the data directory's own rights apply.
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the JWT secret in " + file, e);
    }
  }
}
