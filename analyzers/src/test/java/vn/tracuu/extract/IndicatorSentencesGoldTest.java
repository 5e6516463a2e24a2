package vn.tracuu.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Scores the indicator records against {@code corpus/gold/indicators/sentences.jsonl}: sentences written by hand
 * with the records they state (period, place, subject, target, achieved, bound, change, planned). A case is fully
 * right when the extractor gives exactly the expected rows and every field of every row agrees; subjects agree when
 * their keys do. Prints the accuracy of each field.
 */
class IndicatorSentencesGoldTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FIELDS = {"rows", "value", "valueTo", "of", "unit", "kind", "subject", "period",
      "place", "target", "achieved", "bound", "change", "planned"};

  @Test
  void fieldsOfHandWrittenSentences() throws Exception {
    Map<String, int[]> score = new LinkedHashMap<>();
    for (String f : FIELDS) score.put(f, new int[2]);
    int cases = 0, fullyRight = 0;
    List<String> wrong = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/corpus/gold/indicators/sentences.jsonl"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode c = JSON.readTree(line);
        cases++;
        JsonNode ctx = c.path("context");
        LocalDate published = ctx.has("published") ? LocalDate.parse(ctx.get("published").asText()) : null;
        String province = ctx.has("province") ? ctx.get("province").asText() : null;
        String sentence = c.get("sentence").asText();
        List<Indicator> got = IndicatorExtractor.extract(sentence, new DocumentContext(published, province));
        JsonNode expect = c.get("expect");
        boolean right = count(score, "rows", got.size() == expect.size());
        List<String> diffs = new ArrayList<>();
        if (!right) diffs.add("rows " + got.size() + " != " + expect.size());
        for (int k = 0; k < Math.min(got.size(), expect.size()); k++) {
          Indicator g = got.get(k);
          JsonNode e = expect.get(k);
          right &= field(score, diffs, "value", e.get("value").asDouble(), g.value());
          right &= field(score, diffs, "valueTo", num(e, "valueTo"), g.valueTo());
          right &= field(score, diffs, "of", num(e, "of"), g.of());
          right &= field(score, diffs, "unit", e.get("unit").asText(), g.unit());
          right &= field(score, diffs, "kind", e.get("kind").asText(), g.kind());
          right &= field(score, diffs, "subject", Subjects.key(e.get("subject").asText()), g.subjectKey());
          right &= field(score, diffs, "period", pair(e, "period"), g.period() == null ? null : List.of(
              String.valueOf(g.period().from()), String.valueOf(g.period().to())));
          right &= field(score, diffs, "place", pair(e, "place"), g.place() == null ? null : List.of(g.place().name(), g.place().level()));
          right &= field(score, diffs, "target", num(e, "target"), g.target());
          right &= field(score, diffs, "achieved", num(e, "achieved"), g.achieved());
          right &= field(score, diffs, "bound", e.has("bound") ? e.get("bound").asText() : null, g.bound());
          right &= field(score, diffs, "change", change(e), g.change() == null ? null : List.of(g.change().direction(),
              String.valueOf(g.change().amount()), g.change().unit()));
          right &= field(score, diffs, "planned", e.path("planned").asBoolean(false), g.planned());
        }
        if (right) fullyRight++;
        else wrong.add(sentence + "\n      " + diffs + "\n      got " + got);
      }
    }
    System.out.println("Indicator sentences gold: " + fullyRight + "/" + cases + " cases fully right");
    for (var e : score.entrySet()) {
      System.out.printf("  %-9s %3d/%3d = %.3f%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] / (double) e.getValue()[1]);
    }
    for (String w : wrong) System.out.println("  wrong: " + w);
    assertTrue(cases >= 60, "at least 60 cases");
    assertTrue(fullyRight >= 0.9 * cases, fullyRight + " of " + cases + " fully right");
  }

  private static boolean count(Map<String, int[]> score, String f, boolean ok) {
    score.get(f)[1]++;
    if (ok) score.get(f)[0]++;
    return ok;
  }

  private static boolean field(Map<String, int[]> score, List<String> diffs, String f, Object expected, Object got) {
    boolean ok = expected instanceof Double d && got instanceof Double g ? Math.abs(d - g) < 1e-6 * Math.max(1, Math.abs(d))
        : Objects.equals(expected, got);
    if (!ok) diffs.add(f + ": expected " + expected + ", got " + got);
    return count(score, f, ok);
  }

  private static Double num(JsonNode e, String f) {
    return e.has(f) ? e.get(f).asDouble() : null;
  }

  private static List<String> pair(JsonNode e, String f) {
    if (!e.has(f)) return null;
    return List.of(String.valueOf(e.get(f).get(0).isNull() ? null : e.get(f).get(0).asText()),
        String.valueOf(e.get(f).get(1).isNull() ? null : e.get(f).get(1).asText()));
  }

  private static List<String> change(JsonNode e) {
    if (!e.has("change")) return null;
    JsonNode c = e.get("change");
    return List.of(c.get(0).asText(), String.valueOf(c.get(1).asDouble()), c.get(2).asText());
  }
}
