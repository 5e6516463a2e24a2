package vn.tracuu.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import vn.tracuu.analysis.DocumentCodes;
import vn.tracuu.index.Fields;
import vn.tracuu.io.Json;
import vn.tracuu.search.SearchRequest;
import vn.tracuu.search.SearchResult;
import vn.tracuu.search.Backend;

/**
 * What a code is and who applies it, from the texts that cite it: its type, issuer and date as they write them,
 * its subject (trích yếu: "về đẩy mạnh học tập ...") with the sentence it was read from, how many texts cite it
 * and in which years, the texts that cite it most, the codes cited with it, and the plans or programmes that the
 * texts say implement it ("Kế hoạch số 44-KH/TU ... thực hiện Nghị quyết 22-NQ/TW").
 */
final class Directives {
  /** "về ..." right after a code, its date or its issuer: the subject, up to the end of the clause or a quote. */
  private static final Pattern SUBJECT = Pattern.compile(
      "^[\\s,]*(?:ngày\\s+[\\d/.\\-]+(?:\\s+tháng\\s+\\d+\\s+năm\\s+\\d+)?[\\s,]*)?(?:của\\s+[^,;.“\"]{2,80}?[\\s,]+)?(?:\\(khóa\\s+\\w+\\)\\s*)?"
          + "[“\"]?(về\\s+[“\"]?[^.;\\n”\"()]{8,200})");
  private static final Pattern IMPLEMENTS = Pattern.compile("(?i)(?:để\\s+)?(?:triển\\s+khai\\s+)?thực\\s+hiện\\s+[^.;]{0,40}$");
  private static final int READ = 20;
  /** The most citing texts read for the counts by month and province. */
  private static final int SPREAD = 5000;

  private Directives() {}

  static Map<String, Object> about(Backend s, String written) throws IOException {
    String canonical = DocumentCodes.canonical(written);
    String code = canonical != null ? canonical : written.strip();
    String key = DocumentCodes.key(code);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", code);
    SearchResult cited = s.search(new SearchRequest(code, READ, 0, null, null, null, null, code));
    out.put("documents", cited.total());
    if (cited.total() == 0) {
      out.put("message", "Chưa văn bản nào trong chỉ mục dẫn chiếu " + code);
      out.put("near", near(s, key));
      return out;
    }
    String typeName = null, issuer = null, date = null, subject = null, sentence = null, from = null;
    Map<String, Integer> implementing = new LinkedHashMap<>();
    for (SearchResult.Hit h : cited.hits()) {
      Document d = s.stored(h.id());
      if (d == null) continue;
      String text = d.get(Fields.BODY_FOLDED);
      JsonNode refs = Json.MAPPER.readTree(d.get(Fields.REFERENCES_JSON));
      for (int i = 0; i < refs.size(); i++) {
        JsonNode r = refs.get(i);
        if (!r.hasNonNull("code") || !DocumentCodes.key(r.get("code").asText()).equals(key)) continue;
        if (typeName == null && r.hasNonNull("typeName")) typeName = r.get("typeName").asText();
        if (issuer == null && r.hasNonNull("issuer")) issuer = r.get("issuer").asText();
        if (date == null && r.hasNonNull("date")) date = r.get("date").asText();
        int end = r.get("end").asInt();
        if (subject == null && text != null && end <= text.length()) {
          Matcher m = SUBJECT.matcher(text.substring(end, Math.min(text.length(), end + 320)));
          if (m.find()) {
            subject = m.group(1).replaceAll("[“”\"]", "").strip();
            sentence = sentence(text, r.get("start").asInt(), end + m.end());
            from = h.id();
          }
        }
        // "Kế hoạch số 44-KH/TU ... thực hiện Nghị quyết 22-NQ/TW": the code just before, when "thực hiện" links them
        if (i > 0 && text != null) {
          JsonNode before = refs.get(i - 1);
          int gapFrom = before.get("end").asInt(), gapTo = r.get("start").asInt();
          if (before.hasNonNull("code") && gapTo - gapFrom < 160 && gapFrom <= gapTo
              && IMPLEMENTS.matcher(text.substring(gapFrom, gapTo)).find() && !DocumentCodes.key(before.get("code").asText()).equals(key)) {
            implementing.merge(before.get("code").asText(), 1, Integer::sum);
          }
        }
      }
    }
    out.put("typeName", typeName);
    out.put("issuer", issuer);
    out.put("date", date);
    if (subject != null) out.put("subject", Map.of("text", subject, "sentence", sentence, "document", from));
    out.put("byYear", cited.facets().getOrDefault(Fields.YEAR, Map.of()));
    Map<String, Map<String, Integer>> spread = s.citingBy(key, SPREAD);
    out.put("byMonth", spread.get("month"));
    out.put("byProvince", spread.get("province"));
    List<Map<String, Object>> top = new ArrayList<>();
    for (SearchResult.Hit h : cited.hits()) {
      top.add(Map.of("id", h.id(), "title", h.title() == null ? "" : h.title(), "published", h.published() == null ? "" : h.published()));
      if (top.size() == 10) break;
    }
    out.put("citing", top);
    List<Map<String, Object>> recent = new ArrayList<>();
    for (String[] r : s.newestCiting(key, 10)) {
      recent.add(Map.of("id", r[0], "title", r[1] == null ? "" : r[1], "published", r[2] == null ? "" : r[2]));
    }
    out.put("recent", recent);
    Map<String, Integer> with = new LinkedHashMap<>();
    cited.facets().getOrDefault(Fields.REF, Map.of()).forEach((c, n) -> {
      if (!DocumentCodes.key(c).equals(key) && with.size() < 10) with.put(c, n);
    });
    out.put("citedWith", with);
    out.put("implementedBy", implementing);
    return out;
  }

  /** Codes of the index with the same number and type under another issuer ("05-CT/TU" for "05-CT/TW"). */
  private static List<String> near(Backend s, String key) {
    Set<String> out = new LinkedHashSet<>();
    int slash = key.indexOf('/');
    String head = slash > 0 ? key.substring(0, slash + 1) : key;
    for (String c : s.references().keySet()) {
      if (DocumentCodes.key(c).startsWith(head)) out.add(c);
      if (out.size() == 10) break;
    }
    return List.copyOf(out);
  }

  /** The sentence around [start, end): from the end of the sentence before to the next full stop. */
  private static String sentence(String text, int start, int end) {
    int a = start;
    while (a > 0 && ".!?\n".indexOf(text.charAt(a - 1)) < 0 && start - a < 300) a--;
    int b = Math.min(text.length(), end);
    while (b < text.length() && ".!?\n".indexOf(text.charAt(b)) < 0 && b - end < 200) b++;
    return text.substring(a, Math.min(text.length(), b + 1)).strip();
  }
}
