package vn.tracuu.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tracuu.eval.Topics;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.IndexJob;
import vn.tracuu.index.TracuuIndex;
import vn.tracuu.index.Fields;
import vn.tracuu.indicators.IndicatorFilter;
import vn.tracuu.indicators.IndicatorRow;
import vn.tracuu.indicators.IndicatorTable;
import vn.tracuu.search.Backend;
import vn.tracuu.search.Ranker;
import vn.tracuu.search.SearchRequest;
import vn.tracuu.search.SearchResult;
import vn.tracuu.search.Searcher;

/**
 * The bundled corpus indexed into a cluster of three real nodes (the plugin installed from its zip, three shards
 * with a replica each) by the indexing job the CLI runs, and into an embedded index: the cluster ranks the judged
 * queries as the embedded index does, answers what the API asks (pages with facets and snippets, documents,
 * references, suggestions, indicator rows and summaries) as it does, and still does after a node is killed.
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

  /** The judged queries, a query that finds nothing as typed (a misspelling), and the empty query (every text). */
  private static List<String> searched(List<Topics.Query> queries) {
    List<String> out = new ArrayList<>();
    for (Topics.Query q : queries) out.add(q.text());
    out.add("ket nap dang vein");
    out.add("");
    return out;
  }

  /**
   * Why two pages differ, or null: the same count of texts, facet counts, suggestion, scores rank by rank, copies
   * collapsed, and a snippet marking the query's words wherever the other does (the passages cut differently).
   */
  static String pageDifference(SearchResult embedded, SearchResult cluster) {
    if (embedded.total() != cluster.total()) return "total " + embedded.total() + " and " + cluster.total();
    if (!embedded.facets().equals(cluster.facets())) return "facets " + embedded.facets() + " and " + cluster.facets();
    if (embedded.relaxed() != cluster.relaxed() || !java.util.Objects.equals(embedded.didYouMean(), cluster.didYouMean())) {
      return "relaxed " + embedded.didYouMean() + " and " + cluster.didYouMean();
    }
    List<Ranker.Ranked> a = new ArrayList<>(), b = new ArrayList<>();
    for (SearchResult.Hit h : embedded.hits()) a.add(new Ranker.Ranked(h.id(), h.score()));
    for (SearchResult.Hit h : cluster.hits()) b.add(new Ranker.Ranked(h.id(), h.score()));
    String ranks = difference(a, b);
    if (ranks != null) return ranks;
    for (int i = 0; i < a.size(); i++) {
      SearchResult.Hit x = embedded.hits().get(i), y = cluster.hits().get(i);
      if (x.copies() != y.copies()) return "copies of rank " + (i + 1) + ": " + x.copies() + " and " + y.copies();
      if (x.snippet().contains("<mark>") != y.snippet().contains("<mark>") || y.snippet().isBlank()) return "snippets " + x.snippet() + " and " + y.snippet();
    }
    return null;
  }

  /** What the pages of documents, directives and the research table read besides searches. */
  record Answers(Map<String, Integer> references, List<String> stored, List<String> newest, Map<String, Map<String, Integer>> citing,
      List<String> suggestions, List<IndicatorRow> rows, long partyMembers, List<Long> filtered, List<IndicatorTable.Group> byPlace,
      List<IndicatorTable.Group> byYear) {
    static Answers of(Backend b) throws java.io.IOException {
      List<String> stored = new ArrayList<>();
      for (String id : List.of("legal/36_2015_NĐ-CP.txt", "seeds/000_2c9bca8045392e31.txt", "36/2015/NĐ-CP@8", "nope")) {
        org.apache.lucene.document.Document d = b.stored(id);
        stored.add(d == null ? null : d.get(Fields.TITLE) + "|" + d.get(Fields.PUBLISHED) + "|" + d.get(Fields.BODY_FOLDED) + "|"
            + d.get(Fields.REFERENCES_JSON) + "|" + d.get(Fields.PARENT) + "|" + d.get(Fields.PARENT_START));
      }
      List<String> newest = new ArrayList<>();
      for (String[] r : b.newestCiting("5-CT/TW", 10)) newest.add(String.join("|", r));
      List<String> suggestions = new ArrayList<>();
      for (String[] t : b.titles("luật doanh nghiệp", 8)) suggestions.add(t[0] + "|" + t[1]);
      IndicatorTable t = b.indicators();
      List<IndicatorRow> rows = new ArrayList<>();
      t.forEach(IndicatorFilter.ALL, rows::add);
      long members = t.page(new IndicatorFilter(null, null, "đảng viên", null, null, null, null, null, null), 5, null).total();
      // every kind of filter: words of the sentence and of the subject, kind, place, period, cited code, plan or result
      List<Long> filtered = new ArrayList<>();
      for (IndicatorFilter f : List.of(new IndicatorFilter("ket nap", null, null, null, null, null, null, null, false),
          new IndicatorFilter(null, null, null, null, null, "2020", "2025-06", null, null),
          new IndicatorFilter(null, null, null, "ratio", "Yên Bái", null, null, null, null),
          new IndicatorFilter(null, "đảng viên", null, "count", null, null, null, null, null),
          new IndicatorFilter(null, null, null, null, null, null, null, "05-CT/TW", null))) {
        filtered.add(t.page(f, 1, null).total());
      }
      assertTrue(filtered.stream().allMatch(n -> n > 0), "each filter finds rows: " + filtered);
      return new Answers(b.references(), stored, newest, b.citingBy("5-CT/TW", 5000), suggestions, rows, members, filtered,
          withoutSources(t.summary(IndicatorFilter.ALL, "place", 20)), withoutSources(t.summary(IndicatorFilter.ALL, "year", 20)));
    }

    /** Which texts a group names as its sources is each backend's choice (up to ten of them). */
    private static List<IndicatorTable.Group> withoutSources(List<IndicatorTable.Group> groups) {
      return groups.stream().map(g -> new IndicatorTable.Group(g.key(), g.label(), g.count(), g.facts(), g.sum(), g.min(), g.max(),
          g.median(), g.units(), List.of())).toList();
    }
  }

  /**
   * The crawler writing into the cluster: a site of two articles, one under a second address (a redirect) and one
   * republished with other words around it: two texts, the other addresses their aliases, found by any of them.
   */
  private static void crawlIntoTheCluster(Cluster cluster) throws Exception {
    String a = Files.readString(ROOT.resolve("corpus/seeds/000_2c9bca8045392e31.txt"));
    String b = Files.readString(ROOT.resolve("corpus/seeds/004_259665a0c3b3c4b2.txt"));
    com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    Map<String, String> pages = Map.of(
        "/a.html", page("Đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh", a),
        "/a-again.html", page("Đẩy mạnh học tập và làm theo Bác", a.replaceFirst("Thời gian qua", "Trong thời gian qua")),
        "/b.html", page("Yên Bái: hai năm thực hiện Nghị quyết số 37-NQ/TU", b));
    site.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/old-b")) {
        ex.getResponseHeaders().add("Location", base + "/b.html");
        ex.sendResponseHeaders(301, -1);
      } else if (pages.containsKey(path)) {
        byte[] body = pages.get(path).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
      } else {
        ex.sendResponseHeaders(404, -1);
      }
      ex.close();
    });
    site.start();
    Path state = Files.createTempDirectory("tracuu-crawl");
    try {
      ClusterIndex index = ClusterIndex.open(cluster, "crawled", 3, 1);
      var report = new vn.tracuu.crawl.Crawler(vn.tracuu.crawl.CrawlConfig.of(List.of(base + "/a.html", base + "/old-b", base + "/a-again.html")).withDelay(java.time.Duration.ofMillis(10)),
          index, state, QUIET).run();
      index.commit();
      assertEquals(2, index.count(), report.toString());
      ClusterSearcher crawled = new ClusterSearcher(cluster, "crawled");
      assertEquals(List.of(base + "/a-again.html"), List.of(crawled.stored(base + "/a.html").getValues(Fields.ALIASES)), "the republished copy");
      assertEquals(List.of(base + "/old-b"), List.of(crawled.stored(base + "/b.html").getValues(Fields.ALIASES)), "the redirect");
      assertEquals(base + "/b.html", crawled.stored(base + "/old-b").get(Fields.ID), "found by its other address");
      SearchResult found = crawled.search(SearchRequest.of("nghị quyết 37-NQ/TU", 10));
      assertEquals(base + "/b.html", found.hits().get(0).id());
      assertEquals(1, found.hits().get(0).copies(), "its alias counted as a copy");
      assertTrue(crawled.indicators().page(IndicatorFilter.ALL, 10, null).total() > 0, "the crawled texts' figures are rows");
    } finally {
      site.stop(0);
      LocalNodes.delete(state);
    }
  }

  private static String page(String title, String text) {
    StringBuilder p = new StringBuilder();
    for (String line : text.split("\n")) if (line.strip().length() > 120) p.append("<p>").append(vn.tracuu.io.Html.escape(line.strip())).append("</p>");
    return "<html><head><meta charset='utf-8'><title>" + vn.tracuu.io.Html.escape(title) + "</title></head><body><article><h1>"
        + vn.tracuu.io.Html.escape(title) + "</h1>" + p + "</article></body></html>";
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
    List<SearchResult> pages = new ArrayList<>();
    Answers answers;
    try (Searcher searcher = new Searcher(embedded)) {
      for (Topics.Query q : queries) expected.add(searcher.ranking(q.text(), 10));
      for (String q : searched(queries)) pages.add(searcher.search(SearchRequest.of(q, 10)));
      answers = Answers.of(searcher);
    }
    assertTrue(answers.rows().size() > 100 && answers.partyMembers() > 0 && answers.byPlace().size() > 3 && !answers.newest().isEmpty()
        && answers.stored().get(2) != null && answers.references().size() > 100, "what is compared is there: " + answers.byPlace());
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

      // the API's answers: pages with facets, snippets and suggestions; documents, references, indicator tables
      List<String> searched = searched(queries);
      for (int i = 0; i < searched.size(); i++) {
        assertEquals(null, pageDifference(pages.get(i), searcher.search(SearchRequest.of(searched.get(i), 10))), searched.get(i));
      }
      assertEquals(answers, Answers.of(searcher));

      crawlIntoTheCluster(cluster);

      nodes.kill(1);
      for (int i = 0; i < queries.size(); i++) {
        String why = difference(expected.get(i), searcher.ranking(queries.get(i).text(), 10));
        assertEquals(null, why, "after a node is killed: " + queries.get(i).text());
      }
      for (int i = 0; i < searched.size(); i++) {
        assertEquals(null, pageDifference(pages.get(i), searcher.search(SearchRequest.of(searched.get(i), 10))), "after a node is killed: " + searched.get(i));
      }
      assertEquals(answers, Answers.of(searcher), "after a node is killed");
    } finally {
      LocalNodes.delete(embedded);
    }
  }
}
