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

  private final TracuuIndex index;
  private final Map<TracuuIndex.Outcome, Integer> outcomes = new EnumMap<>(TracuuIndex.Outcome.class);
  private final List<String> failures = new ArrayList<>();
  private final Progress progress;
  private long chars;
  private int sinceCommit;

  public IndexJob(TracuuIndex index, PrintStream log) {
    this.index = index;
    this.progress = new Progress(log);
  }

  /** Indexes every input, committing as it goes and at the end. */
  public Summary run(List<Path> inputs) throws IOException {
    long t0 = System.nanoTime();
    Inputs.read(inputs, progress::expect, this::put, this::fail);
    index.commit();
    progress.done();
    return new Summary(outcomes, failures, chars, (System.nanoTime() - t0) / 1e9);
  }

  private void put(SourceDocument d) throws IOException {
    outcomes.merge(index.put(d), 1, Integer::sum);
    chars += d.text().length();
    progress.tick();
    if (++sinceCommit >= COMMIT_EVERY) {
      index.commit();
      sinceCommit = 0;
    }
  }

  private void fail(String where, Exception e) {
    failures.add(where + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    progress.tick();
  }

}
