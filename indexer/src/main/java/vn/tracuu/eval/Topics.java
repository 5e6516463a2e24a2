package vn.tracuu.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged query set: topics with the rule that judges documents ({@code topics.tsv}), queries that ask for
 * them in different writings ({@code queries.tsv}), and the judgments the rules give ({@code judgments.tsv}).
 */
public final class Topics {
  /** A topic: its id and rule ({@code code:5-CT/TW} or {@code phrase:a|b}). */
  public record Topic(String id, String rule, String description) {}

  /** A query as a user types it, with the kind of writing it tests. */
  public record Query(String topic, String kind, String text) {}

  private Topics() {}

  public static Map<String, Topic> topics(Path file) throws IOException {
    Map<String, Topic> out = new LinkedHashMap<>();
    for (String[] row : rows(file)) out.put(row[0], new Topic(row[0], row[1], row.length > 2 ? row[2] : ""));
    return out;
  }

  public static List<Query> queries(Path file) throws IOException {
    List<Query> out = new ArrayList<>();
    for (String[] row : rows(file)) out.add(new Query(row[0], row[1], row[2]));
    return out;
  }

  /** topic → document id → grade (1 relevant, 2 highly relevant). */
  public static Map<String, Map<String, Integer>> judgments(Path file) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String[] row : rows(file)) out.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(row[1], Integer.parseInt(row[2]));
    return out;
  }

  /** Questions labelled by others, one JSON line each: {@code {"qid", "query", "relevant": [ids]}}. */
  public record Questions(List<Query> queries, Map<String, Map<String, Integer>> judgments) {}

  /**
   * A question set read as given, each question also asked without diacritics (kind {@code question, không dấu})
   * so that the two can be compared.
   */
  public static Questions questions(Path file) throws IOException {
    List<Query> qs = new ArrayList<>();
    Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) continue;
      var node = vn.tracuu.io.Json.MAPPER.readTree(line);
      String id = node.get("qid").asText(), text = node.get("query").asText();
      qs.add(new Query(id, "question", text));
      qs.add(new Query(id, "question, không dấu", vn.tracuu.analysis.VietnameseText.foldAll(text)));
      Map<String, Integer> rel = judged.computeIfAbsent(id, k -> new LinkedHashMap<>());
      for (var r : node.get("relevant")) rel.put(r.asText(), 1);
    }
    return new Questions(qs, judged);
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      out.add(line.split("\t"));
    }
    return out;
  }
}
