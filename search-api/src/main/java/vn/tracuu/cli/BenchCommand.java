package vn.tracuu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.analysis.VietnameseAnalyzer;
import vn.tracuu.extract.Extraction;

@Command(name = "bench", description = "Đo tốc độ phân tích và trích xuất (MB/s) trên kho văn bản kèm theo.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--seconds", defaultValue = "5", description = "Thời gian đo mỗi phép (giây)") int seconds;

  @Override
  public Integer call() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path dir : ServeCommand.bundledCorpus()) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.sorted().toList()) texts.add(Files.readString(p));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "corpus: %d texts, %.2f MB of text; java %s, %d cores%n", texts.size(), chars / 1e6,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    report("analysis, StandardAnalyzer", chars, () -> analyze(new StandardAnalyzer(), texts));
    report("analysis, Vietnamese exact", chars, () -> analyze(new VietnameseAnalyzer(VietnameseAnalyzer.View.EXACT, true), texts));
    report("analysis, Vietnamese folded", chars, () -> analyze(new VietnameseAnalyzer(VietnameseAnalyzer.View.FOLDED, true), texts));
    report("extraction, references + indicators", chars, () -> {
      long n = 0;
      for (String t : texts) n += Extraction.of(t).indicators().size();
      return n;
    });
    return 0;
  }

  private interface Work {
    long run() throws Exception;
  }

  private void report(String name, long chars, Work w) throws Exception {
    long sink = 0;
    long warm = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < warm) sink += w.run();
    int rounds = 0;
    long t0 = System.nanoTime(), end = t0 + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      sink += w.run();
      rounds++;
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%-38s %7.2f MB/s (one thread, %d rounds; %d)%n", name, chars * rounds / 1e6 / s, rounds, sink % 7);
  }

  private static long analyze(Analyzer a, List<String> texts) throws Exception {
    long tokens = 0;
    for (String t : texts) {
      try (TokenStream ts = a.tokenStream("f", t)) {
        ts.reset();
        while (ts.incrementToken()) tokens++;
        ts.end();
      }
    }
    return tokens;
  }
}
