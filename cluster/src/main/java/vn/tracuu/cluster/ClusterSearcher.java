package vn.tracuu.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.Query;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.ArticleId;
import vn.tracuu.index.Fields;
import vn.tracuu.index.SimHash;
import vn.tracuu.indicators.IndicatorTable;
import vn.tracuu.search.Backend;
import vn.tracuu.search.Queries;
import vn.tracuu.search.SearchRequest;
import vn.tracuu.search.SearchResult;
import vn.tracuu.search.Searcher;

/**
 * Answers from an index of the cluster what the embedded {@link Searcher} answers from its own: the same attempts
 * and first-pass queries ({@link Queries}, in the query language by {@link QueryDsl}), with the collection
 * statistics of the whole index rather than of one shard ({@code dfs_query_then_fetch}); then the proximity of the
 * top {@link Queries#RESCORE} added to their scores, a text and its articles counted once and near-copies of a
 * story shown as one hit. Facets are aggregations over the matching texts, snippets the cluster's highlighter with
 * the embedded queries and passage length.
 */
public final class ClusterSearcher implements Backend {
  private static final String[] FACETS = {Fields.YEAR, Fields.SOURCE, Fields.TYPE, Fields.REF};
  /** What a hit shows, and what the collapsing reads: not the texts themselves. */
  private static final List<String> HIT_FIELDS = List.of(Fields.ID, Fields.TITLE, Fields.URL, Fields.SOURCE,
      Fields.PUBLISHED + ClusterDocuments.STORED, Fields.TYPE, Fields.REF, Fields.PARENT, Fields.ALIASES, Fields.SIMHASH);
  /** How long a count of the index or of its references is reused: {@code /health} asks on every probe. */
  private static final long FRESH_NANOS = 5_000_000_000L;
  /** How many values of a facet each shard counts for a total's top values to be exact (every value, up to here). */
  static final int SHARD_SIZE = 10_000;
  private final Cluster cluster;
  private final String index;
  private final Queries queries = new Queries(AnalyzerChoice.VIETNAMESE);
  private volatile long countedAt;
  private volatile int size;
  private volatile Map<String, Integer> references;
  private volatile long referencesAt;

  public ClusterSearcher(Cluster cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  /** One hit of the first pass: the cluster's id, the text it belongs to, its score, its source. */
  private record Hit(String key, String text, float score, JsonNode source) {}

  private record FirstPass(List<Hit> hits, long total, JsonNode aggregations) {}

  @Override
  public List<Ranked> ranking(String q, int n) throws IOException {
    List<Ranked> out = new ArrayList<>();
    for (Hit h : top(q, n, List.of(Fields.ID, Fields.PARENT))) out.add(new Ranked(h.text(), h.score()));
    return out;
  }

  /** The top n texts for a query, each as its best document (or the article the query names), without facets and snippets. */
  private List<Hit> top(String q, int n, List<String> fields) throws IOException {
    QueryDsl dsl = dsl();
    Queries.Answer<FirstPass> a = queries.firstEnough(q, (main, asked) -> firstPass(dsl.of(main), Math.max(n, Queries.RESCORE), null, fields),
        FirstPass::total);
    List<Hit> ranked = collapse(rescore(a.found().hits(), dsl, a.q()), a.q());
    return ranked.subList(0, Math.min(n, ranked.size()));
  }

  /** A translation for one request: a code prefix asked in each attempt has its codes looked up once. */
  private QueryDsl dsl() {
    Map<String, List<String>> expanded = new HashMap<>();
    return new QueryDsl((field, prefix) -> expanded.computeIfAbsent(field + ' ' + prefix, k -> startingWith(field, prefix)));
  }

  @Override
  public SearchResult search(SearchRequest r) {
    long t0 = System.nanoTime();
    QueryDsl dsl = dsl();
    try {
      Queries.Answer<SearchResult> a = queries.firstEnough(r.q(), (main, asked) -> page(r.withQ(asked), main, dsl), SearchResult::total);
      boolean relaxed = a.relaxed(r.q());
      return a.found().answering((System.nanoTime() - t0) / 1_000_000, relaxed ? didYouMean(r.q()) : null, relaxed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One attempt's page: ranked, collapsed, cut, with facets of every matching text and snippets of the hits shown. */
  private SearchResult page(SearchRequest r, Query main, QueryDsl dsl) throws IOException {
    int shown = r.offset() + r.limit();
    Map<String, Object> facets = new LinkedHashMap<>();
    // each shard counts more codes than are shown: the top 20 of the whole index are then counted exactly
    for (String f : FACETS) facets.put(f, Map.of("terms", Map.of("field", f, "size", f.equals(Fields.YEAR) ? 50 : 20, "shard_size", SHARD_SIZE)));
    Map<String, Object> aggs = Map.of("texts", Map.of("filter", dsl.of(Queries.TEXTS), "aggs", facets));
    FirstPass first = firstPass(dsl.of(Queries.filtered(main, r)), Math.max(Queries.RESCORE, shown), aggs, HIT_FIELDS);
    List<Hit> ranked = r.q().isBlank() ? first.hits() : rescore(first.hits(), dsl, r.q());
    ranked = collapse(ranked, r.q());
    Long[] hashes = new Long[ranked.size()];
    for (int i = 0; i < hashes.length; i++) {
      JsonNode h = ranked.get(i).source().get(Fields.SIMHASH);
      hashes[i] = h == null || h.isNull() ? null : h.asLong();
    }
    int[] copies = new int[hashes.length];
    int[] kept = SimHash.firstOfEach(hashes, shown, copies);
    List<SearchResult.Hit> hits = new ArrayList<>();
    List<Hit> page = new ArrayList<>();
    List<Integer> pageCopies = new ArrayList<>();
    for (int k = r.offset(); k < kept.length; k++) {
      page.add(ranked.get(kept[k]));
      pageCopies.add(copies[kept[k]]);
    }
    String[] snippets = snippets(r.q(), page, dsl);
    for (int i = 0; i < page.size(); i++) {
      JsonNode s = page.get(i).source();
      List<String> refs = new ArrayList<>();
      for (JsonNode c : array(s.get(Fields.REF))) refs.add(c.asText());
      hits.add(new SearchResult.Hit(text(s, Fields.ID), text(s, Fields.TITLE), text(s, Fields.URL), text(s, Fields.SOURCE),
          text(s, Fields.PUBLISHED + ClusterDocuments.STORED), text(s, Fields.TYPE), page.get(i).score(), snippets[i], refs,
          text(s, Fields.PARENT), array(s.get(Fields.ALIASES)).size() + pageCopies.get(i)));
    }
    JsonNode texts = first.aggregations().path("texts");
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String f : FACETS) counts.put(f, buckets(texts.path(f)));
    return new SearchResult(texts.path("doc_count").asLong(), 0, hits, counts, false);
  }

  private FirstPass firstPass(Map<String, Object> query, int size, Map<String, Object> aggs, List<String> fields) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("size", size);
    body.put("track_total_hits", 1000);
    body.put("timeout", Searcher.TIME_LIMIT_MS + "ms"); // as embedded: past it, the answer is what was found so far
    body.put("_source", fields);
    if (aggs != null) body.put("aggs", aggs);
    JsonNode answer = search(body);
    List<Hit> hits = new ArrayList<>();
    for (JsonNode h : answer.path("hits").path("hits")) {
      JsonNode src = h.path("_source");
      String text = src.hasNonNull(Fields.PARENT) ? src.get(Fields.PARENT).asText() : src.path(Fields.ID).asText();
      hits.add(new Hit(h.get("_id").asText(), text, (float) h.path("_score").asDouble(0), src));
    }
    long total = aggs == null ? answer.path("hits").path("total").path("value").asLong()
        : answer.path("aggregations").path("texts").path("doc_count").asLong();
    return new FirstPass(hits, total, answer.path("aggregations"));
  }

  /**
   * The first pass's hits with the proximity query's score added where it matches (as Lucene's QueryRescorer
   * with a sum): asked for exactly these documents, so the window is the embedded one, not one per shard.
   */
  private List<Hit> rescore(List<Hit> first, QueryDsl dsl, String q) throws IOException {
    Query proximity = queries.proximity(q);
    if (proximity == null || first.isEmpty()) return first;
    List<String> keys = first.stream().map(Hit::key).toList();
    JsonNode answer = search(Map.of("query", Map.of("bool", Map.of("must", List.of(dsl.of(proximity)),
        "filter", List.of(Map.of("ids", Map.of("values", keys))))), "size", keys.size(), "_source", false));
    Map<String, Float> second = new HashMap<>();
    for (JsonNode h : answer.path("hits").path("hits")) second.put(h.get("_id").asText(), (float) h.get("_score").asDouble());
    List<Hit> out = new ArrayList<>(first.size());
    for (Hit h : first) out.add(new Hit(h.key(), h.text(), h.score() + second.getOrDefault(h.key(), 0f), h.source()));
    out.sort(Comparator.comparingDouble(Hit::score).reversed()); // stable: ties keep the first pass's order
    return out;
  }

  /** One hit per text, at the rank of its best document, shown as the article the query names when it is among them. */
  private static List<Hit> collapse(List<Hit> ranked, String q) {
    Set<String> named = Queries.namedArticles(q);
    Map<String, Integer> rank = new HashMap<>();
    List<Hit> out = new ArrayList<>(ranked.size());
    for (Hit h : ranked) {
      Integer at = rank.get(h.text());
      if (at == null) {
        rank.put(h.text(), out.size());
        out.add(h);
      } else if (!named.isEmpty()) {
        ArticleId article = ArticleId.parse(h.source().path(Fields.ID).asText());
        if (article != null && named.contains(article.key())) out.set(at, new Hit(h.key(), h.text(), out.get(at).score(), h.source()));
      }
    }
    return out;
  }

  /**
   * The hits' snippets, as the embedded index marks them ({@link Queries#highlighted}): passages of about 200
   * characters, the words where they stand together, else each word, else the text's opening lines.
   */
  private String[] snippets(String q, List<Hit> page, QueryDsl dsl) throws IOException {
    String[] out = new String[page.size()];
    if (page.isEmpty()) return out;
    List<Query> marked = queries.highlighted(q);
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < out.length; i++) missing.add(i);
    for (int pass = 0; pass < marked.size() && !missing.isEmpty(); pass++) {
      Map<String, Object> field = Map.of("type", "unified", "fragment_size", 200, "number_of_fragments", 2, "no_match_size", 0,
          "highlight_query", dsl.of(marked.get(pass)));
      JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("query", ids(page, missing), "size", missing.size(),
          "_source", false, "highlight", Map.of("pre_tags", List.of("<mark>"), "post_tags", List.of("</mark>"), "encoder", "html",
              "fields", Map.of(Fields.BODY_FOLDED, field))));
      Map<String, String> got = new HashMap<>();
      for (JsonNode h : answer.path("hits").path("hits")) {
        List<String> parts = new ArrayList<>();
        for (JsonNode f : h.path("highlight").path(Fields.BODY_FOLDED)) parts.add(f.asText());
        if (!parts.isEmpty()) got.put(h.get("_id").asText(), String.join(" … ", parts));
      }
      List<Integer> still = new ArrayList<>();
      for (int i : missing) {
        String s = got.get(page.get(i).key());
        if (s != null && s.contains("<mark>")) out[i] = s;
        else still.add(i);
      }
      missing = still;
    }
    if (!missing.isEmpty()) { // no word of the query in them: their opening lines, as the embedded index shows them
      JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("query", ids(page, missing), "size", missing.size(),
          "_source", List.of(Fields.BODY_FOLDED)));
      Map<String, String> bodies = new HashMap<>();
      for (JsonNode h : answer.path("hits").path("hits")) bodies.put(h.get("_id").asText(), text(h.path("_source"), Fields.BODY_FOLDED));
      for (int i : missing) out[i] = Searcher.leading(bodies.get(page.get(i).key()));
    }
    return out;
  }

  private static Map<String, Object> ids(List<Hit> page, List<Integer> which) {
    return Map.of("ids", Map.of("values", which.stream().map(i -> page.get(i).key()).toList()));
  }

  /**
   * The query with each word no text contains replaced by the nearest one some texts do contain (the cluster's
   * term suggester on the folded view, as the embedded index asks Lucene's DirectSpellChecker), or null.
   */
  private String didYouMean(String q) {
    try {
      return queries.respelled(q, word -> {
        JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("size", 0, "suggest", Map.of("word", Map.of(
            "text", word, "term", Map.of("field", Fields.BODY_FOLDED, "analyzer", "whitespace", "suggest_mode", "missing",
                "max_edits", 2, "size", 1)))));
        JsonNode options = answer.path("suggest").path("word").path(0).path("options");
        return options.isEmpty() ? null : options.get(0).get("text").asText();
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int size() {
    if (System.nanoTime() - countedAt > FRESH_NANOS) {
      try {
        size = (int) cluster.ok("POST", "/" + index + "/_count", Map.of("query", dsl().of(Queries.TEXTS))).path("count").asLong();
        countedAt = System.nanoTime();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return size;
  }

  @Override
  public Document stored(String id) throws IOException {
    JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("size", 1, "query", Map.of("bool", Map.of("should", List.of(
        Map.of("term", Map.of(Fields.ID, id)), Map.of("term", Map.of(Fields.ALIASES, id))), "minimum_should_match", 1)),
        "sort", List.of(Map.of("_score", "desc"))));
    JsonNode hits = answer.path("hits").path("hits");
    if (hits.isEmpty()) return null;
    Document d = new Document();
    hits.get(0).path("_source").fields().forEachRemaining(e -> {
      String name = e.getKey();
      if (name.equals(Fields.PUBLISHED)) return; // its day number; the date is stored beside it
      if (name.endsWith(ClusterDocuments.STORED)) name = name.substring(0, name.length() - ClusterDocuments.STORED.length());
      for (JsonNode v : array(e.getValue())) d.add(new StoredField(name, v.asText()));
    });
    return d;
  }

  @Override
  public Map<String, Integer> references() {
    if (references == null || System.nanoTime() - referencesAt > FRESH_NANOS * 12) {
      try {
        JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("size", 0, "query", dsl().of(Queries.TEXTS),
            "aggs", Map.of("codes", Map.of("terms", Map.of("field", Fields.REF, "size", 60_000)))));
        references = java.util.Collections.unmodifiableMap(buckets(answer.path("aggregations").path("codes")));
        referencesAt = System.nanoTime();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return references;
  }

  @Override
  public IndicatorTable indicators() {
    return new ClusterIndicatorTable(cluster, index);
  }

  @Override
  public List<String[]> titles(String q, int n) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (Hit h : top(q, n, List.of(Fields.ID, Fields.PARENT, Fields.TITLE))) out.add(new String[] {text(h.source(), Fields.ID), text(h.source(), Fields.TITLE)});
    return out;
  }

  @Override
  public Map<String, Map<String, Integer>> citingBy(String key, int cap) throws IOException {
    Map<String, Object> citing = citing(key);
    // the embedded index reads the first cap citing texts; aggregations count every one, which is what is meant
    JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("size", 0, "query", citing, "aggs", Map.of(
        "days", Map.of("terms", Map.of("field", Fields.PUBLISHED, "size", 10_000)),
        "province", Map.of("terms", Map.of("field", Fields.PROVINCE, "size", cap, "shard_size", SHARD_SIZE)))));
    Map<String, Integer> months = new java.util.TreeMap<>();
    for (JsonNode b : answer.path("aggregations").path("days").path("buckets")) {
      months.merge(java.time.LocalDate.ofEpochDay(b.get("key").asLong()).toString().substring(0, 7), b.get("doc_count").asInt(), Integer::sum);
    }
    return Map.of("month", months, "province", buckets(answer.path("aggregations").path("province")));
  }

  @Override
  public List<String[]> newestCiting(String key, int n) throws IOException {
    JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("size", n, "query", citing(key),
        "_source", List.of(Fields.ID, Fields.TITLE, Fields.PUBLISHED + ClusterDocuments.STORED),
        "sort", List.of(Map.of(Fields.PUBLISHED, Map.of("order", "desc", "missing", "_last")))));
    List<String[]> out = new ArrayList<>();
    for (JsonNode h : answer.path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      out.add(new String[] {text(s, Fields.ID), text(s, Fields.TITLE), text(s, Fields.PUBLISHED + ClusterDocuments.STORED)});
    }
    return out;
  }

  /** The texts citing a code key. */
  private static Map<String, Object> citing(String key) {
    return Map.of("bool", Map.of("filter", List.of(Map.of("term", Map.of(Fields.REF_KEY, key)),
        Map.of("term", Map.of(Fields.RECORD, vn.tracuu.index.TracuuIndex.DOCUMENT)))));
  }

  @Override
  public void close() {
    // the cluster's connections are the HTTP client's, closed with the JVM
  }

  /**
   * The codes cited that start with a prefix ("05-CT/" for "Chỉ thị 05"): from the keys' doc values, which hold
   * the same keys as the mentions the prefix scores.
   */
  private List<String> startingWith(String field, String prefix) {
    if (!field.equals(Fields.REF_MENTIONS) && !field.equals(Fields.REF_KEY)) throw new IllegalArgumentException("no prefix terms of " + field);
    StringBuilder pattern = new StringBuilder();
    prefix.codePoints().forEach(c -> {
      if (!Character.isLetterOrDigit(c)) pattern.append('\\');
      pattern.appendCodePoint(c);
    });
    try {
      JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("size", 0, "aggs", Map.of("codes", Map.of("terms",
          Map.of("field", Fields.REF_KEY, "include", pattern + ".*", "size", 10_000)))));
      List<String> out = new ArrayList<>();
      for (JsonNode b : answer.path("aggregations").path("codes").path("buckets")) out.add(b.get("key").asText());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode search(Map<String, Object> body) throws IOException {
    // no partial answers: a shard lost with its node is an error the client asks again (a replica takes over)
    return cluster.ok("POST", "/" + index + "/_search?search_type=dfs_query_then_fetch&allow_partial_search_results=false", body);
  }

  static Map<String, Integer> buckets(JsonNode agg) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (JsonNode b : agg.path("buckets")) out.put(b.has("key_as_string") ? b.get("key_as_string").asText() : b.get("key").asText(), b.get("doc_count").asInt());
    return out;
  }

  static String text(JsonNode source, String field) {
    JsonNode v = source.get(field);
    if (v == null || v.isNull()) return null;
    return v.isArray() ? (v.isEmpty() ? null : v.get(0).asText()) : v.asText();
  }

  /** A value or a list of them as a list. */
  static List<JsonNode> array(JsonNode v) {
    if (v == null || v.isNull()) return List.of();
    if (!v.isArray()) return List.of(v);
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }
}
