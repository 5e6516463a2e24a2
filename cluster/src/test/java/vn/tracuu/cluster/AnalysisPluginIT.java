package vn.tracuu.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tracuu.analysis.Analysis;
import vn.tracuu.analysis.VietnameseAnalyzer;
import vn.tracuu.analysis.VietnameseAnalyzer.View;

/**
 * The plugin zip installed into a real OpenSearch node (its own JVM, whose class path holds OpenSearch but neither
 * the plugin nor the analyzers): the node analyzes as the embedded index does, and an index that uses the
 * analyzers finds Vietnamese typed without diacritics.
 */
class AnalysisPluginIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Path ROOT = Path.of(System.getProperty("tracuu.root", ".."));
  private static TestNodes nodes;
  private static String url;

  @BeforeAll
  static void startNodeWithThePluginInstalledFromItsZip() throws Exception {
    nodes = TestNodes.start(1);
    url = nodes.addresses();
  }

  @AfterAll
  static void stopNode() throws Exception {
    if (nodes != null) nodes.close();
  }

  private static HttpResponse<String> call(String method, String path, Object body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).header("Content-Type", "application/json");
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode ok(String method, String path, Object body) throws Exception {
    HttpResponse<String> r = call(method, path, body);
    assertTrue(r.statusCode() / 100 == 2, method + " " + path + ": " + r.statusCode() + " " + r.body());
    return JSON.readTree(r.body());
  }

  /** term@start-end/position type of every token, as {@code _analyze} lists them. */
  private static List<String> tokens(JsonNode analyzed) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : analyzed.get("tokens")) {
      out.add(t.get("token").asText() + "@" + t.get("start_offset").asInt() + "-" + t.get("end_offset").asInt() + "/" + t.get("position").asInt()
          + " " + t.get("type").asText());
    }
    return out;
  }

  private static List<String> tokens(VietnameseAnalyzer a, String text) {
    return Analysis.tokens(a, text).stream()
        .map(t -> t.term() + "@" + t.start() + "-" + t.end() + "/" + t.position() + " " + t.type()).toList();
  }

  /** The opening paragraphs of a seed article: diacritics, codes, numbers and abbreviations (UBND, HĐND). */
  private static String seedText() throws IOException {
    String text = Files.readString(ROOT.resolve("corpus/seeds/003_f7b0d7ec67d0c555.txt"));
    return text.substring(0, Math.min(text.length(), 3000));
  }

  @Test
  void theNodeAnalyzesAsTheEmbeddedIndexDoes() throws Exception {
    assertTrue(ok("GET", "/_cat/plugins?format=json", null).toString().contains("analysis-tracuu"));
    String text = seedText() + " UBND tỉnh, HĐND huyện; Chỉ thị 05-CT/TW; 1.245 đảng viên";
    Map<String, VietnameseAnalyzer> embedded = Map.of(
        "tracuu_exact", new VietnameseAnalyzer(View.EXACT, true),
        "tracuu_folded", new VietnameseAnalyzer(View.FOLDED, true),
        "tracuu_folded_search", new VietnameseAnalyzer(View.FOLDED, false),
        "tracuu_folded_pairs", new VietnameseAnalyzer(View.FOLDED_PAIRS, false));
    for (var e : embedded.entrySet()) {
      List<String> expected = tokens(e.getValue(), text);
      assertTrue(expected.size() > 300, e.getKey());
      assertEquals(expected, tokens(ok("POST", "/_analyze", Map.of("analyzer", e.getKey(), "text", text))), e.getKey());
    }
    // the same chain built from the components by name
    JsonNode chained = ok("POST", "/_analyze", Map.of("char_filter", List.of("tracuu_normalization"), "tokenizer", "tracuu_tokenizer",
        "filter", List.of("lowercase", "tracuu_folding"), "text", text));
    assertEquals(tokens(embedded.get("tracuu_folded_search"), text), tokens(chained));
  }

  @Test
  void anIndexWithTheAnalyzersFindsWordsTypedWithoutDiacritics() throws Exception {
    ok("PUT", "/news", Map.of("settings", Map.of("number_of_shards", 1, "number_of_replicas", 0),
        "mappings", Map.of("properties", Map.of("body", Map.of("type", "text", "analyzer", "tracuu_folded", "search_analyzer", "tracuu_folded_search")))));
    List<Path> seeds;
    try (var files = Files.list(ROOT.resolve("corpus/seeds"))) {
      seeds = files.sorted().toList();
    }
    for (Path seed : seeds) ok("PUT", "/news/_doc/" + seed.getFileName() + "?refresh=true", Map.of("body", Files.readString(seed)));
    int withMarks = ok("POST", "/news/_count", Map.of("query", Map.of("match_phrase", Map.of("body", "kết nạp đảng viên")))).get("count").asInt();
    int without = ok("POST", "/news/_count", Map.of("query", Map.of("match_phrase", Map.of("body", "ket nap dang vien")))).get("count").asInt();
    long expected = seeds.stream().filter(p -> {
      try {
        return Files.readString(p).toLowerCase(java.util.Locale.ROOT).contains("kết nạp đảng viên");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).count();
    assertTrue(expected > 0);
    assertEquals(expected, withMarks, "every seed that says it");
    assertEquals(withMarks, without, "typed without diacritics, the same texts");
  }

  @Test
  void anUnknownParameterIsRefused() throws Exception {
    HttpResponse<String> r = call("PUT", "/bad", Map.of("settings", Map.of("analysis", Map.of(
        "filter", Map.of("fold", Map.of("type", "tracuu_folding", "bogus", "x")),
        "analyzer", Map.of("a", Map.of("tokenizer", "tracuu_tokenizer", "filter", List.of("fold")))))));
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("has no parameter [bogus]"), r.body());
  }
}
