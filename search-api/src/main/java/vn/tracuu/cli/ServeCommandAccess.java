package vn.tracuu.cli;

import io.javalin.Javalin;
import java.nio.file.Path;

/** Starts the server as {@code tracuu serve} does, on a free port: for tests and embedding. */
public final class ServeCommandAccess {
  private ServeCommandAccess() {}

  public static Javalin start(Path index, String adminKey, String origins) throws Exception {
    return ServeCommand.start(index, 0, adminKey, origins, 0);
  }

  public static Javalin start(Path index, String adminKey, String origins, int perMinute) throws Exception {
    return ServeCommand.start(index, 0, adminKey, origins, perMinute);
  }
}
