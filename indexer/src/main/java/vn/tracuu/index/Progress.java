package vn.tracuu.index;

import java.io.PrintStream;
import java.util.Locale;

/** A progress line: redrawn in place on a terminal, a plain log line every few seconds otherwise. */
public final class Progress {
  private final PrintStream out;
  private final boolean terminal = System.console() != null && System.getenv("CI") == null;
  private final long start = System.nanoTime();
  private long lastPrint;
  private int done;
  private int expected;
  /** How far along the JSON Lines file being read is (0..1), or null. */
  private volatile java.util.function.DoubleSupplier share;
  private long shareStart;

  Progress(PrintStream out) {
    this.out = out;
  }

  void expect(int more) {
    expected += more;
  }

  /** From now on the progress of the file being read is its share of bytes read. */
  void reading(java.util.function.DoubleSupplier share) {
    this.share = share;
    shareStart = System.nanoTime();
  }

  void tick() {
    done++;
    long now = System.nanoTime();
    if (now - lastPrint < (terminal ? 200_000_000L : 5_000_000_000L)) return;
    lastPrint = now;
    double s = (now - start) / 1e9;
    double rate = done / Math.max(s, 1e-9);
    String line;
    java.util.function.DoubleSupplier reading = share;
    if (reading != null && reading.getAsDouble() > 0) {
      // a JSON Lines file has no count up front: its bytes read say how far along it is
      double p = reading.getAsDouble();
      double spent = (now - shareStart) / 1e9;
      line = String.format(Locale.ROOT, "%s %3.0f%%  %d tài liệu, %.0f tài liệu/s, còn ~%.0f s", bar(p), 100 * p, done, rate,
          spent * (1 - p) / p);
    } else {
      String eta = expected > done ? String.format(Locale.ROOT, ", còn ~%.0f s", (expected - done) / rate) : "";
      String of = expected > 0 ? bar(Math.min(1.0, done / (double) expected)) + " " + done + "/" + expected : Integer.toString(done);
      line = String.format(Locale.ROOT, "%s tài liệu, %.0f tài liệu/s%s", of, rate, eta);
    }
    if (terminal) out.print("\r" + line + "   ");
    else out.println(line);
  }

  /** "[#####...............]" for a share p of 0..1. */
  public static String bar(double p) {
    int full = (int) Math.round(20 * p);
    return "[" + "#".repeat(full) + ".".repeat(20 - full) + "]";
  }

  void done() {
    if (terminal && lastPrint > 0) out.println();
  }
}
