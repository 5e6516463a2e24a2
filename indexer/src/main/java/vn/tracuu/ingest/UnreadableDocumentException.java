package vn.tracuu.ingest;

import java.io.IOException;

/**
 * The document itself cannot be read: corrupt, encrypted, a zip bomb, or too slow to parse. Bad input, reported
 * for that document (HTTP 422), never a server error.
 */
public final class UnreadableDocumentException extends IOException {
  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
