package vn.tracuu.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import vn.tracuu.extract.Indicator;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.Fields;
import vn.tracuu.indicators.IndicatorFilter;
import vn.tracuu.indicators.IndicatorRow;
import vn.tracuu.indicators.IndicatorTable;
import vn.tracuu.io.Json;

/**
 * The indicator rows of an index of the cluster, which are documents of that index as they are of the embedded
 * one: filtered by the same query ({@link IndicatorFilter#query}, translated), paged by their sort key, grouped
 * by aggregations. A summary's distinct facts are read exactly (a composite aggregation over group and fact),
 * not estimated, because their sum and median are what researchers compare.
 */
final class ClusterIndicatorTable implements IndicatorTable {
  private static final Analyzer FOLDED = AnalyzerChoice.VIETNAMESE.perField(false);
  /** Largest group first, as the embedded table orders them. */
  private static final List<Object> ORDER = List.of(Map.of("_count", "desc"), Map.of("_key", "asc"));
  private final Cluster cluster;
  private final String index;
  private final QueryDsl dsl = new QueryDsl((field, prefix) -> {
    throw new IllegalArgumentException("no prefix in an indicator filter");
  });

  ClusterIndicatorTable(Cluster cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  @Override
  public Page page(IndicatorFilter f, int limit, String cursor) {
    IndicatorTable.checkLimit(limit);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", dsl.of(f.query(FOLDED)));
    body.put("size", limit + 1); // one more: whether a next page exists
    body.put("track_total_hits", true);
    body.put("sort", List.of(Map.of(Fields.IND_SORT, "asc")));
    body.put("_source", List.of(Fields.IND_JSON, Fields.IND_SOURCE, Fields.IND_FACT, Fields.IND_SORT));
    if (cursor != null) body.put("search_after", List.of(IndicatorTable.after(cursor)));
    try {
      JsonNode answer = search(body);
      List<JsonNode> hits = ClusterSearcher.array(answer.path("hits").path("hits"));
      List<JsonNode> shown = hits.subList(0, Math.min(limit, hits.size()));
      Set<String> facts = new LinkedHashSet<>();
      for (JsonNode h : shown) facts.add(h.path("_source").path(Fields.IND_FACT).asText());
      Map<String, List<String>> reporting = reporting(facts);
      List<IndicatorRow> rows = new ArrayList<>();
      for (JsonNode h : shown) {
        JsonNode s = h.path("_source");
        JsonNode meta = Json.MAPPER.readTree(s.path(Fields.IND_SOURCE).asText());
        Indicator i = Json.MAPPER.readValue(s.path(Fields.IND_JSON).asText(), Indicator.class);
        String owner = meta.path("document").asText();
        String fact = s.path(Fields.IND_FACT).asText();
        List<String> others = new ArrayList<>(new java.util.TreeSet<>(reporting.getOrDefault(fact, List.of())));
        others.remove(owner);
        rows.add(new IndicatorRow(owner, blank(meta, "title"), blank(meta, "url"), blank(meta, "published"), blank(meta, "source"), i,
            fact, List.copyOf(others.subList(0, Math.min(MAX_DUPLICATES, others.size())))));
      }
      String next = hits.size() > limit ? IndicatorTable.cursor(shown.get(shown.size() - 1).path("_source").path(Fields.IND_SORT).asText()) : null;
      return new Page(answer.path("hits").path("total").path("value").asLong(), rows, next);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts reporting each fact, in one request for a whole page. */
  private Map<String, List<String>> reporting(Set<String> facts) throws IOException {
    if (facts.isEmpty()) return Map.of();
    JsonNode answer = cluster.ok("POST", "/" + index + "/_search", Map.of("size", 0,
        "query", Map.of("terms", Map.of(Fields.IND_FACT, List.copyOf(facts))),
        "aggs", Map.of("facts", Map.of("terms", Map.of("field", Fields.IND_FACT, "size", facts.size()),
            "aggs", Map.of("owners", Map.of("terms", Map.of("field", Fields.OWNER, "size", MAX_DUPLICATES + 1, "shard_size", ClusterSearcher.SHARD_SIZE)))))));
    Map<String, List<String>> out = new HashMap<>();
    for (JsonNode b : answer.path("aggregations").path("facts").path("buckets")) {
      out.put(b.get("key").asText(), new ArrayList<>(ClusterSearcher.buckets(b.path("owners")).keySet()));
    }
    return out;
  }

  @Override
  public List<Group> summary(IndicatorFilter f, String by, int limit) {
    String field = switch (IndicatorTable.groupField(by)) {
      case Fields.IND_PLACE -> Fields.IND_PLACE + ClusterDocuments.GROUP;
      case Fields.IND_UNIT -> Fields.IND_UNIT + ClusterDocuments.GROUP;
      default -> IndicatorTable.groupField(by);
    };
    boolean labelled = by.equals("subject");
    Map<String, Object> query = dsl.of(f.query(FOLDED));
    try {
      // the groups first, each shard counting many so that the top ones are exact; then what each shown group holds
      List<Object> top = new ArrayList<>();
      for (JsonNode g : search(Map.of("size", 0, "query", query, "aggs", Map.of("groups", Map.of("terms", Map.of("field", field,
          "size", limit, "shard_size", Math.max(ClusterSearcher.SHARD_SIZE, limit), "order", ORDER)))))
          .path("aggregations").path("groups").path("buckets")) top.add(g.get("key").asText());
      if (top.isEmpty()) return List.of();
      Map<String, Object> within = Map.of("bool", Map.of("filter", List.of(query, Map.of("terms", Map.of(field, top)))));
      Map<String, Object> sub = new LinkedHashMap<>();
      sub.put("sources", Map.of("terms", Map.of("field", Fields.OWNER, "size", MAX_SOURCES, "order", Map.of("_key", "asc"))));
      if (labelled) sub.put("label", Map.of("terms", Map.of("field", Fields.IND_SUBJECT, "size", 1, "shard_size", ClusterSearcher.SHARD_SIZE)));
      // every unit of a group, within the cluster's limit of buckets per request
      sub.put("units", Map.of("terms", Map.of("field", Fields.IND_UNIT + ClusterDocuments.GROUP, "size", Math.max(10, 50_000 / top.size()),
          "shard_size", ClusterSearcher.SHARD_SIZE)));
      JsonNode groups = search(Map.of("size", 0, "query", within, "aggs", Map.of("groups", Map.of("terms", Map.of("field", field,
          "size", top.size(), "order", ORDER), "aggs", sub)))).path("aggregations").path("groups").path("buckets");
      List<String> keys = new ArrayList<>();
      for (JsonNode g : groups) keys.add(g.get("key").asText());
      Map<String, Map<String, Double>> facts = facts(query, field, keys);
      List<Group> out = new ArrayList<>();
      for (JsonNode g : groups) {
        String key = g.get("key").asText();
        List<String> units = new ArrayList<>(ClusterSearcher.buckets(g.path("units")).keySet());
        java.util.Collections.sort(units);
        String label = labelled && g.path("label").path("buckets").size() > 0 ? g.path("label").path("buckets").get(0).get("key").asText() : key;
        out.add(Group.of(key, label, g.get("doc_count").asLong(), facts.getOrDefault(key, Map.of()).values(), units,
            List.copyOf(ClusterSearcher.buckets(g.path("sources")).keySet())));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The distinct facts of each group shown and their values, read page by page. */
  private Map<String, Map<String, Double>> facts(Map<String, Object> query, String field, List<String> keys) throws IOException {
    Map<String, Map<String, Double>> out = new HashMap<>();
    Map<String, Object> within = Map.of("bool", Map.of("filter", List.of(query, Map.of("terms", Map.of(field, keys)))));
    Object after = null;
    do {
      Map<String, Object> composite = new LinkedHashMap<>();
      composite.put("size", 10_000);
      composite.put("sources", List.of(Map.of("group", Map.of("terms", Map.of("field", field))),
          Map.of("fact", Map.of("terms", Map.of("field", Fields.IND_FACT)))));
      if (after != null) composite.put("after", after);
      JsonNode agg = search(Map.of("size", 0, "query", within, "aggs", Map.of("pairs", Map.of("composite", composite,
          "aggs", Map.of("value", Map.of("min", Map.of("field", Fields.IND_VALUE))))))).path("aggregations").path("pairs");
      for (JsonNode b : agg.path("buckets")) {
        JsonNode v = b.path("value").path("value");
        out.computeIfAbsent(b.path("key").path("group").asText(), k -> new LinkedHashMap<>())
            .put(b.path("key").path("fact").asText(), v.isNumber() ? v.asDouble() : Double.NaN);
      }
      after = agg.path("buckets").isEmpty() || !agg.has("after_key") ? null : Json.MAPPER.convertValue(agg.get("after_key"), Map.class);
    } while (after != null);
    return out;
  }

  private JsonNode search(Map<String, Object> body) throws IOException {
    return cluster.ok("POST", "/" + index + "/_search?allow_partial_search_results=false", body);
  }

  private static String blank(JsonNode meta, String f) {
    String v = meta.path(f).asText("");
    return v.isEmpty() ? null : v;
  }
}
