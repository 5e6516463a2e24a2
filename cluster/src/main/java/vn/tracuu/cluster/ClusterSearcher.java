package vn.tracuu.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.Fields;
import vn.tracuu.search.Queries;
import vn.tracuu.search.Ranker;

/**
 * Ranks texts in an index of the cluster as the embedded {@link vn.tracuu.search.Searcher} ranks them: the same
 * attempts and first-pass queries ({@link Queries}, in the query language by {@link QueryDsl}), with the
 * collection statistics of the whole index rather than of one shard ({@code dfs_query_then_fetch}); then the
 * proximity of the top {@link Queries#RESCORE} added to their scores, and a text and its articles counted once.
 */
public final class ClusterSearcher implements Ranker {
  private final Cluster cluster;
  private final String index;
  private final Queries queries = new Queries(AnalyzerChoice.VIETNAMESE);

  public ClusterSearcher(Cluster cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  /** One hit of the first pass: the cluster's id, the text it belongs to, its score. */
  private record Hit(String key, String text, float score) {}

  private record FirstPass(List<Hit> hits, long total) {}

  @Override
  public List<Ranked> ranking(String q, int n) throws IOException {
    // one ranking asks the same code prefix in each attempt: the codes it expands to are looked up once
    Map<String, List<String>> expanded = new HashMap<>();
    QueryDsl dsl = new QueryDsl((field, prefix) -> expanded.computeIfAbsent(field + ' ' + prefix, k -> startingWith(field, prefix)));
    Queries.Answer<FirstPass> a = queries.firstEnough(q, main -> firstPass(dsl.of(main), Math.max(n, Queries.RESCORE)), FirstPass::total);
    FirstPass first = a.found();
    String asked = a.q();
    Set<String> texts = new HashSet<>();
    List<Ranked> out = new ArrayList<>();
    for (Hit h : rescore(first.hits(), dsl, asked)) {
      if (out.size() == n) break;
      if (texts.add(h.text())) out.add(new Ranked(h.text(), h.score()));
    }
    return out;
  }

  private FirstPass firstPass(Map<String, Object> query, int size) throws IOException {
    JsonNode answer = search(Map.of("query", query, "size", size, "track_total_hits", 1000,
        "_source", List.of(Fields.ID, Fields.PARENT)));
    List<Hit> hits = new ArrayList<>();
    for (JsonNode h : answer.path("hits").path("hits")) {
      JsonNode src = h.path("_source");
      String text = src.hasNonNull(Fields.PARENT) ? src.get(Fields.PARENT).asText() : src.path(Fields.ID).asText();
      hits.add(new Hit(h.get("_id").asText(), text, (float) h.get("_score").asDouble()));
    }
    return new FirstPass(hits, answer.path("hits").path("total").path("value").asLong());
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
    for (Hit h : first) out.add(new Hit(h.key(), h.text(), h.score() + second.getOrDefault(h.key(), 0f)));
    out.sort(Comparator.comparingDouble(Hit::score).reversed()); // stable: ties keep the first pass's order
    return out;
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
      throw new java.io.UncheckedIOException(e);
    }
  }

  private JsonNode search(Map<String, Object> body) throws IOException {
    // no partial answers: a shard lost with its node is an error the client asks again (a replica takes over)
    return cluster.ok("POST", "/" + index + "/_search?search_type=dfs_query_then_fetch&allow_partial_search_results=false", body);
  }
}
