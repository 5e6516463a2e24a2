package vn.tracuu.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.tracuu.extract.Extraction;

/** Throughput of reference and indicator extraction over the bundled texts, in MB/s (the {@code mb} counter). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Thread)
public class ExtractionBenchmark {
  private List<String> texts;
  private long chars;

  @Setup
  public void setup() {
    texts = BundledTexts.load();
    chars = BundledTexts.chars(texts);
  }

  @Benchmark
  public int extract(AnalysisBenchmark.Bytes bytes) {
    int n = 0;
    for (String t : texts) {
      Extraction x = Extraction.of(t);
      n += x.indicators().size() + x.references().size();
    }
    bytes.mb += chars / 1e6;
    return n;
  }
}
