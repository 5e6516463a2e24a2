package vn.tracuu.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indexes inputs: directories (txt, html, pdf, doc, docx, recursively) and JSON Lines files (plain or .gz).
 * Commits every {@value #COMMIT_EVERY} documents; a document that fails is reported and skipped.
 */
public final class IndexJob {
  static final int COMMIT_EVERY = 2000;

  /** Counts by outcome, and the reason of each failure. */
  public record Summary(Map<TracuuIndex.Outcome, Integer> outcomes, List<String> failures, long chars, double seconds) {
    public int total() {
      return outcomes.values().stream().mapToInt(Integer::intValue).sum() + failures.size();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "thêm %d, cập nhật %d, không đổi %d, trùng lặp %d, lỗi %d; %.1f s, %.0f tài liệu/s, %.2f MB/s",
          outcomes.getOrDefault(TracuuIndex.Outcome.ADDED, 0), outcomes.getOrDefault(TracuuIndex.Outcome.UPDATED, 0),
          outcomes.getOrDefault(TracuuIndex.Outcome.UNCHANGED, 0), outcomes.getOrDefault(TracuuIndex.Outcome.DUPLICATE, 0),
          failures.size(), seconds, total() / Math.max(seconds, 1e-9), chars / 1e6 / Math.max(seconds, 1e-9));
    }
  }

  private final DocumentStore index;
  private final Map<TracuuIndex.Outcome, Integer> outcomes = new EnumMap<>(TracuuIndex.Outcome.class);
  private final List<String> failures = new ArrayList<>();
  private final Progress progress;
  private long chars;
  private int sinceCommit;
  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  // bounded hand-off: at most a few documents per worker wait in memory
  private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(threads * 4);
  private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
    Thread t = new Thread(r, "indexer");
    t.setDaemon(true);
    return t;
  });

  public IndexJob(DocumentStore index, PrintStream log) {
    this.index = index;
    this.progress = new Progress(log);
  }

  /**
   * Indexes every input, committing as it goes and at the end. Reading is sequential; extraction, analysis and
   * writing run on one worker per core.
   */
  public Summary run(List<Path> inputs) throws IOException {
    long t0 = System.nanoTime();
    try {
      Inputs.read(inputs, progress::expect, progress::reading, this::put, this::fail);
      drainAndCommit();
    } finally {
      workers.shutdownNow();
    }
    progress.done();
    return new Summary(outcomes, failures, chars, (System.nanoTime() - t0) / 1e9);
  }

  private void put(SourceDocument d) throws IOException {
    acquire(1);
    workers.execute(() -> {
      try {
        TracuuIndex.Outcome o = index.put(d);
        synchronized (this) {
          outcomes.merge(o, 1, Integer::sum);
          chars += d.text().length();
          progress.tick();
        }
      } catch (IOException | RuntimeException e) {
        fail(d.id(), e);
      } finally {
        slots.release();
      }
    });
    if (++sinceCommit >= COMMIT_EVERY) {
      drainAndCommit();
      sinceCommit = 0;
    }
  }

  /** Waits for every document handed to the workers, then commits: a commit never holds half a document. */
  private void drainAndCommit() throws IOException {
    int all = threads * 4;
    acquire(all);
    try {
      index.commit();
      for (String refused : index.refused()) {
        synchronized (this) {
          failures.add(refused);
        }
      }
    } finally {
      slots.release(all);
    }
  }

  private void acquire(int n) throws IOException {
    try {
      slots.acquire(n);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("bị ngắt");
    }
  }

  private synchronized void fail(String where, Exception e) {
    failures.add(where + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    progress.tick();
  }
}
