package vn.tracuu.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;

/**
 * The key write routes require: a value given at start, or a file ({@code TRACUU_ADMIN_KEY_FILE}) read again
 * whenever it changes, so that an admin rotates the key without a restart. Blank or missing means disabled.
 */
public final class AdminKey implements Supplier<String> {
  private final String value;
  private final Path file;
  private FileTime seen;
  private String cached;

  private AdminKey(String value, Path file) {
    this.value = value == null || value.isBlank() ? null : value;
    this.file = file;
  }

  public static AdminKey of(String value) {
    return new AdminKey(value, null);
  }

  public static AdminKey fromFile(Path file) {
    return new AdminKey(null, file);
  }

  @Override
  public synchronized String get() {
    if (file == null) return value;
    try {
      if (!Files.exists(file)) return null;
      FileTime t = Files.getLastModifiedTime(file);
      if (!t.equals(seen)) {
        String k = Files.readString(file, StandardCharsets.UTF_8).strip();
        cached = k.isEmpty() ? null : k;
        seen = t;
      }
      return cached;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
