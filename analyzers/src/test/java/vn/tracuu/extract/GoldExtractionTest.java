package vn.tracuu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractors against the hand-checked gold annotations of the five seed articles
 * ({@code corpus/gold/*.json}; rules in {@code corpus/gold/README.md}). An indicator matches when start offset,
 * value, unit and kind all agree; a reference when start offset and canonical code agree.
 */
class GoldExtractionTest {
  static final List<String> SEEDS = List.of("000_2c9bca8045392e31", "001_8a755ca51306dfc7", "002_28107783c06f4d80",
      "003_f7b0d7ec67d0c555", "004_259665a0c3b3c4b2");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String resource(String path) throws Exception {
    try (InputStream in = GoldExtractionTest.class.getResourceAsStream("/corpus/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void indicatorsAndReferencesAgainstGold() throws Exception {
    int tp = 0, fp = 0, fn = 0, refTp = 0, refFn = 0, refFp = 0, targets = 0, targetsRight = 0;
    for (String seed : SEEDS) {
      JsonNode gold = JSON.readTree(resource("gold/" + seed + ".json"));
      Extraction x = Extraction.of(resource("seeds/" + seed + ".txt"));
      Set<String> expected = new HashSet<>();
      for (JsonNode i : gold.get("indicators")) {
        expected.add(i.get("start").asInt() + "|" + i.get("value").asDouble() + "|" + i.get("unit").asText() + "|" + i.get("kind").asText());
        if (!i.get("target").isNull()) {
          targets++;
          for (Indicator got : x.indicators()) {
            if (got.start() == i.get("start").asInt() && got.target() != null && got.target() == i.get("target").asDouble()) targetsRight++;
          }
        }
      }
      Set<String> found = new HashSet<>();
      for (Indicator i : x.indicators()) found.add(i.start() + "|" + i.value() + "|" + i.unit() + "|" + i.kind());
      for (String f : found) {
        if (expected.contains(f)) tp++;
        else {
          fp++;
          System.out.println("  extra indicator in " + seed + ": " + f);
        }
      }
      for (String e : expected) {
        if (!found.contains(e)) {
          fn++;
          System.out.println("  missed indicator in " + seed + ": " + e);
        }
      }
      Set<String> refs = new HashSet<>();
      for (JsonNode r : gold.get("references")) refs.add(r.get("start").asInt() + "|" + r.get("code").asText());
      Set<String> gotRefs = new HashSet<>();
      for (Reference r : x.references()) gotRefs.add(r.start() + "|" + r.code());
      for (String r : refs) if (gotRefs.contains(r)) refTp++; else { refFn++; System.out.println("  missed reference in " + seed + ": " + r); }
      for (String r : gotRefs) if (!refs.contains(r)) { refFp++; System.out.println("  extra reference in " + seed + ": " + r); }
    }
    double p = tp / (double) (tp + fp), r = tp / (double) (tp + fn), f1 = 2 * p * r / (p + r);
    System.out.printf("Indicators vs gold: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d); targets %d/%d%n", p, r, f1, tp, fp, fn, targetsRight, targets);
    System.out.printf("References vs gold: found %d/%d, extra %d%n", refTp, refTp + refFn, refFp);
    assertTrue(f1 >= 0.95, "indicator F1 " + f1);
    assertEquals(0, refFn, "every reference found");
    assertEquals(targets, targetsRight, "every target attached to its indicator");
  }
}
