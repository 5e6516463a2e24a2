package vn.tracuu.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tracuu.search.Ranker;

/** nDCG@10, MRR and Recall@100 of a searcher on the judged queries, per query kind and overall; and latency. */
public final class Evaluation {
  /** Mean metrics over a group of queries. */
  public record Scores(int queries, double ndcg10, double mrr, double recall100) {}

  /** Per-kind scores ("all" and "no-diacritics" included) and latency percentiles in ms. */
  public record Report(Map<String, Scores> byKind, double p50, double p95, double p99) {}

  private Evaluation() {}

  public static Report run(Ranker s, List<Topics.Query> queries, Map<String, Map<String, Integer>> judgments) throws IOException {
    return run(s, queries, judgments, null);
  }

  /** As {@link #run}, printing each query's metrics to {@code perQuery} when it is not null. */
  public static Report run(Ranker s, List<Topics.Query> queries, Map<String, Map<String, Integer>> judgments,
      java.io.PrintStream perQuery) throws IOException {
    Map<String, List<double[]>> groups = new LinkedHashMap<>();
    List<Double> ms = new ArrayList<>();
    for (int pass = 0; pass < 5; pass++) for (Topics.Query q : queries) s.ids(q.text(), 100); // warm up the JIT
    for (Topics.Query q : queries) {
      // the median of five timings: one run on a shared machine says more about the machine than the query
      double[] runs = new double[5];
      List<String> top = null;
      for (int k = 0; k < runs.length; k++) {
        long t0 = System.nanoTime();
        top = s.ids(q.text(), 100);
        runs[k] = (System.nanoTime() - t0) / 1e6;
      }
      java.util.Arrays.sort(runs);
      ms.add(runs[runs.length / 2]);
      double[] m = metrics(top, judgments.getOrDefault(q.topic(), Map.of()));
      if (perQuery != null) {
        perQuery.printf(java.util.Locale.ROOT, "  %-4s %-13s nDCG@10 %.3f  RR %.3f  R@100 %.3f  %6.2f ms  %s%n", q.topic(), q.kind(), m[0], m[1], m[2],
            ms.get(ms.size() - 1), q.text());
      }
      groups.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(m);
      groups.computeIfAbsent("all", k -> new ArrayList<>()).add(m);
      if (q.kind().endsWith("folded")) groups.computeIfAbsent("no-diacritics", k -> new ArrayList<>()).add(m);
    }
    Map<String, Scores> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> out.put(k, new Scores(v.size(), mean(v, 0), mean(v, 1), mean(v, 2))));
    double[] lat = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Report(out, pct(lat, 50), pct(lat, 95), pct(lat, 99));
  }

  /** [nDCG@10, reciprocal rank, recall@100] of one ranking. */
  static double[] metrics(List<String> ranked, Map<String, Integer> judged) {
    double dcg = 0;
    double rr = 0;
    int found = 0;
    for (int i = 0; i < ranked.size(); i++) {
      int g = judged.getOrDefault(ranked.get(i), 0);
      if (g > 0) {
        if (rr == 0) rr = 1.0 / (i + 1);
        found++;
        if (i < 10) dcg += (Math.pow(2, g) - 1) / log2(i + 2);
      }
    }
    int[] ideal = judged.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.length); i++) idcg += (Math.pow(2, ideal[ideal.length - 1 - i]) - 1) / log2(i + 2);
    double ndcg = idcg == 0 ? 0 : dcg / idcg;
    double recall = judged.isEmpty() ? 0 : (double) found / Math.min(judged.size(), 100);
    return new double[] {ndcg, rr, recall};
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static double mean(List<double[]> v, int i) {
    return v.stream().mapToDouble(a -> a[i]).average().orElse(0);
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  public static String table(Report r) {
    StringBuilder b = new StringBuilder(String.format("%-16s %7s %8s %6s %10s%n", "kind", "queries", "nDCG@10", "MRR", "Recall@100"));
    r.byKind().forEach((k, s) -> b.append(String.format(java.util.Locale.ROOT, "%-16s %7d %8.3f %6.3f %10.3f%n", k, s.queries(), s.ndcg10(), s.mrr(), s.recall100())));
    b.append(String.format(java.util.Locale.ROOT, "latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", r.p50(), r.p95(), r.p99()));
    return b.toString();
  }
}
