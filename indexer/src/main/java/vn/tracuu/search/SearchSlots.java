package vn.tracuu.search;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The searches that run at once, one per core by default; the others wait their turn in arrival order. A search is
 * CPU work: two cores answer two searches as fast as they answer sixty-four, and sharing the cores among
 * sixty-four makes every answer wait for all the others, the long ones longest (on the 35k index at 64
 * connections, p99 1.5 s shared against 0.6 s in turn; BENCHMARKS.md).
 */
public final class SearchSlots {
  private final Semaphore slots;
  private final long waitMs;

  /** @param waitMs the longest a search waits for its turn before it is refused */
  SearchSlots(int slots, long waitMs) {
    if (slots < 1) throw new IllegalArgumentException("slots < 1: " + slots);
    this.slots = new Semaphore(slots, true);
    this.waitMs = waitMs;
  }

  /** Waits for a turn; {@link #leave} must follow. */
  void enter() {
    try {
      if (slots.tryAcquire(waitMs, TimeUnit.MILLISECONDS)) return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new Busy();
  }

  void leave() {
    slots.release();
  }

  /** More searches wait for their turn than the longest wait lets through. */
  public static final class Busy extends RuntimeException {
    Busy() {
      super("Máy chủ đang bận: quá nhiều lượt tìm đang chờ; thử lại sau ít giây", null, false, false);
    }
  }
}
