package vn.tracuu.api;

import java.util.concurrent.ConcurrentHashMap;

/** At most {@code perMinute} API requests a minute from one client address; 0 means no limit. */
final class RateLimit {
  private record Window(long minute, int count) {}

  private final int perMinute;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  RateLimit(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Counts a request; false when the client is over its limit this minute. */
  boolean allow(String client) {
    if (perMinute <= 0) return true;
    long minute = System.currentTimeMillis() / 60_000;
    if (windows.size() > 100_000) windows.clear(); // bounded memory under many addresses
    Window w = windows.compute(client, (k, old) -> old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.count() + 1));
    return w.count() <= perMinute;
  }
}
