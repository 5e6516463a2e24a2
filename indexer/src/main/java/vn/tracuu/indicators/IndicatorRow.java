package vn.tracuu.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tracuu.extract.Indicator;
import vn.tracuu.io.Json;

/**
 * One row of the researchers' table: an indicator with where it was reported. {@code fact} is the same for the
 * same figure (value, unit, subject key, place, period) reported by several texts, which {@code duplicates} lists.
 */
public record IndicatorRow(
    String document, String title, String url, String published, String source, Indicator indicator, String fact,
    List<String> duplicates) {

  /** The flat record of the API and the CLI: provenance, then the indicator's fields, then fact and duplicates. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("document", document);
    m.put("title", title);
    m.put("url", url);
    m.put("published", published);
    m.put("source", source);
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = Json.MAPPER.convertValue(indicator, LinkedHashMap.class);
    m.putAll(fields);
    m.put("fact", fact);
    m.put("duplicates", duplicates);
    return m;
  }

  /** The key of the fact a row states: equal figures of equal things at the same place and time. */
  static String fact(Indicator i) {
    String s = i.value() + "|" + i.unit() + "|" + i.subjectKey() + "|" + (i.place() == null ? "" : i.place().name()) + "|"
        + (i.period() == null ? "" : i.period().from() + "-" + i.period().to());
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(h, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
