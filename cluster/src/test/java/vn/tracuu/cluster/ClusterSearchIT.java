package vn.tracuu.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tracuu.eval.Topics;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.IndexJob;
import vn.tracuu.index.TracuuIndex;
import vn.tracuu.search.Ranker;
import vn.tracuu.search.Searcher;

/**
 * The bundled corpus indexed into a cluster of three real nodes (the plugin installed from its zip, three shards
 * with a replica each) by the indexing job the CLI runs, and into an embedded index: the cluster ranks the judged
 * queries as the embedded index does, and still answers every one after a node is killed.
 */
class ClusterSearchIT {
  private static final Path ROOT = Path.of(System.getProperty("tracuu.root", ".."));
  private static final PrintStream QUIET = new PrintStream(java.io.OutputStream.nullOutputStream());

  /**
   * Why two rankings differ, or null when they are the same up to the order of equal scores: position by
   * position the same score (to float rounding, the shards sum in another order), and every text both list with
   * the same score. Equal scores are common (consolidated texts of one law), and each engine breaks ties its way.
   */
  static String difference(List<Ranker.Ranked> embedded, List<Ranker.Ranked> cluster) {
    if (embedded.size() != cluster.size()) return "sizes " + embedded.size() + " and " + cluster.size();
    java.util.Map<String, Float> scores = new java.util.HashMap<>();
    for (Ranker.Ranked r : embedded) scores.put(r.id(), r.score());
    for (int i = 0; i < embedded.size(); i++) {
      if (!close(embedded.get(i).score(), cluster.get(i).score())) return "rank " + (i + 1) + ": " + embedded.get(i) + " and " + cluster.get(i);
      Float same = scores.get(cluster.get(i).id());
      if (same != null && !close(same, cluster.get(i).score())) return cluster.get(i).id() + " scored " + same + " and " + cluster.get(i).score();
    }
    return null;
  }

  private static boolean close(float a, float b) {
    return Math.abs(a - b) <= 1e-4f * Math.max(1f, Math.abs(a));
  }

  @Test
  void threeNodesRankAsTheEmbeddedIndexAndSurviveAKilledNode() throws Exception {
    List<Path> inputs = List.of(ROOT.resolve("corpus/seeds"), ROOT.resolve("corpus/legal"));
    List<Topics.Query> queries = Topics.queries(ROOT.resolve("corpus/eval/queries.tsv"));
    assertTrue(queries.size() > 50);
    Path embedded = Files.createTempDirectory("tracuu-embedded");
    List<List<Ranker.Ranked>> expected = new ArrayList<>();
    try (TracuuIndex idx = TracuuIndex.open(embedded, AnalyzerChoice.VIETNAMESE)) {
      var s = new IndexJob(idx, QUIET).run(inputs);
      assertTrue(s.failures().isEmpty(), s.failures().toString());
    }
    try (Searcher searcher = new Searcher(embedded)) {
      for (Topics.Query q : queries) expected.add(searcher.ranking(q.text(), 10));
    }
    try (TestNodes nodes = TestNodes.start(3)) {
      Cluster cluster = Cluster.connect(nodes.addresses());
      ClusterIndex index = ClusterIndex.open(cluster, "tracuu", 3, 1);
      var s = new IndexJob(index, QUIET).run(inputs);
      assertTrue(s.failures().isEmpty(), s.failures().toString());
      assertEquals(52, index.count(), "the five seeds and the 47 legal texts");
      nodes.await("green", 3);

      ClusterSearcher searcher = new ClusterSearcher(cluster, "tracuu");
      List<String> differ = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) {
        String why = difference(expected.get(i), searcher.ranking(queries.get(i).text(), 10));
        if (why != null) differ.add(queries.get(i).text() + ": " + why);
      }
      assertTrue(expected.stream().filter(l -> !l.isEmpty()).count() > 50, "the queries find texts");
      assertEquals(List.of(), differ, "top 10 as the embedded index ranks them");

      nodes.kill(1);
      for (int i = 0; i < queries.size(); i++) {
        String why = difference(expected.get(i), searcher.ranking(queries.get(i).text(), 10));
        assertEquals(null, why, "after a node is killed: " + queries.get(i).text());
      }
    } finally {
      try (var files = Files.walk(embedded)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }
}
