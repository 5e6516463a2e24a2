package vn.tracuu.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tracuu.search.SearchRequest;
import vn.tracuu.search.Searcher;

/**
 * Every query of a file of request paths ({@code bench/make-queries.py}) searched in turn in process, as
 * {@code /api/search} searches it (ten hits, facets, snippets), rounds after one of warm-up; prints the mean, p50 and
 * p99 of each round. Run with {@code -Dtracuu.search.cache=0} so that no answer is kept:
 * {@code java -Dtracuu.search.cache=0 -cp benchmarks/target/benchmarks.jar vn.tracuu.bench.SearchLoop INDEX QUERIES [ROUNDS]}.
 */
public final class SearchLoop {
  private SearchLoop() {}

  public static void main(String[] args) throws Exception {
    List<String> queries = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      int q = line.indexOf("q=");
      if (q >= 0) queries.add(URLDecoder.decode(line.substring(q + 2).split("&")[0], StandardCharsets.UTF_8));
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    try (Searcher s = new Searcher(Path.of(args[0]))) {
      for (int r = 0; r <= rounds; r++) {
        long[] took = new long[queries.size()];
        long start = System.nanoTime();
        for (int i = 0; i < took.length; i++) {
          long t0 = System.nanoTime();
          s.search(SearchRequest.of(queries.get(i), 10));
          took[i] = System.nanoTime() - t0;
        }
        double total = (System.nanoTime() - start) / 1e6;
        Arrays.sort(took);
        System.out.printf("%s: %d queries, mean %.2f ms, p50 %.2f ms, p99 %.2f ms%n", r == 0 ? "warm-up" : "round " + r,
            took.length, total / took.length, took[took.length / 2] / 1e6, took[took.length * 99 / 100] / 1e6);
      }
    }
  }
}
