package vn.tracuu.cli;

import io.javalin.Javalin;
import java.nio.file.Path;

/** Starts the server as {@code tracuu serve} does, on a free port: for tests and embedding. */
public final class ServeCommandAccess {
  private ServeCommandAccess() {}

  public static Javalin start(Path index, String adminKey, String origins) throws Exception {
    return ServeCommand.start(index, "127.0.0.1", 0, vn.tracuu.api.AdminKey.of(adminKey), origins, 0, java.util.Set.of());
  }

  public static Javalin start(Path index, String adminKey, String origins, int perMinute) throws Exception {
    return ServeCommand.start(index, "127.0.0.1", 0, vn.tracuu.api.AdminKey.of(adminKey), origins, perMinute, java.util.Set.of());
  }

  /** With a reverse proxy at {@code proxy} whose {@code X-Forwarded-For} is believed. */
  public static Javalin start(Path index, int perMinute, String proxy) throws Exception {
    return ServeCommand.start(index, "127.0.0.1", 0, vn.tracuu.api.AdminKey.of(null), "*", perMinute, java.util.Set.of(proxy));
  }

  /** With the admin key read from a file, as TRACUU_ADMIN_KEY_FILE does. */
  public static Javalin startWithKeyFile(Path index, Path keyFile) throws Exception {
    return ServeCommand.start(index, "127.0.0.1", 0, vn.tracuu.api.AdminKey.fromFile(keyFile), "*", 0, java.util.Set.of());
  }
}
