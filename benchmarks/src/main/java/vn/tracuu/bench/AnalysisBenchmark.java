package vn.tracuu.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.tracuu.analysis.VietnameseAnalyzer;
import vn.tracuu.index.AnalyzerChoice;

/**
 * Throughput of analysis over the bundled texts, the project's views next to Lucene's StandardAnalyzer and ICU; the {@code mb} counter is megabytes of text per
 * second (JMH reports it as ops/s of the counter).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class AnalysisBenchmark {
  @Param({"vietnamese-exact", "vietnamese-folded", "standard", "icu"})
  public String analyzer;

  private List<String> texts;
  private Analyzer a;
  private long chars;

  /** Megabytes of text processed, so JMH prints MB/s next to ops/s. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Bytes {
    public double mb;

    @Setup(Level.Iteration)
    public void clear() {
      mb = 0;
    }
  }

  @Setup
  public void setup() {
    texts = BundledTexts.load();
    chars = BundledTexts.chars(texts);
    a = switch (analyzer) {
      case "vietnamese-exact" -> new VietnameseAnalyzer(VietnameseAnalyzer.View.EXACT, true);
      case "vietnamese-folded" -> new VietnameseAnalyzer(VietnameseAnalyzer.View.FOLDED, true);
      case "standard" -> new StandardAnalyzer();
      default -> AnalyzerChoice.ICU.perField(true);
    };
  }

  @Benchmark
  public long analyze(Bytes bytes) throws IOException {
    long tokens = 0;
    for (String t : texts) {
      try (TokenStream ts = a.tokenStream("body_exact", t)) {
        ts.reset();
        while (ts.incrementToken()) tokens++;
        ts.end();
      }
    }
    bytes.mb += chars / 1e6;
    return tokens;
  }
}
