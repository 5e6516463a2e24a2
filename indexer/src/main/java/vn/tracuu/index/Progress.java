package vn.tracuu.index;

import java.io.PrintStream;
import java.util.Locale;

/** A progress line: redrawn in place on a terminal, a plain log line every few seconds otherwise. */
final class Progress {
  private final PrintStream out;
  private final boolean terminal = System.console() != null && System.getenv("CI") == null;
  private final long start = System.nanoTime();
  private long lastPrint;
  private int done;
  private int expected;

  Progress(PrintStream out) {
    this.out = out;
  }

  void expect(int more) {
    expected += more;
  }

  void tick() {
    done++;
    long now = System.nanoTime();
    if (now - lastPrint < (terminal ? 200_000_000L : 5_000_000_000L)) return;
    lastPrint = now;
    double s = (now - start) / 1e9;
    double rate = done / Math.max(s, 1e-9);
    String eta = expected > done ? String.format(Locale.ROOT, ", còn ~%.0f s", (expected - done) / rate) : "";
    String line = String.format(Locale.ROOT, "%d tài liệu, %.0f tài liệu/s%s", done, rate, eta);
    if (terminal) out.print("\r" + line + "   ");
    else out.println(line);
  }

  void done() {
    if (terminal && lastPrint > 0) out.println();
  }
}
