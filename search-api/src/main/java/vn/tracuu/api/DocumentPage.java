package vn.tracuu.api;

import static vn.tracuu.io.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tracuu.analysis.VietnameseText;

/**
 * {@code /documents/{id}}: a document as a page that works without JavaScript: title, source, date, the original's
 * link and aliases, the text with the words of {@code ?q=} marked (with or without diacritics) and the span
 * {@code ?start=&end=} marked and scrolled to, the codes it cites linked to their pages, and its figures in a
 * table whose rows mark their own sentence.
 */
final class DocumentPage {
  /** The address of a document's page: its id percent-encoded as one path segment. */
  static String path(String id) {
    return "/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private DocumentPage() {}

  static String render(Map<String, Object> d, String q, Integer start, Integer end) {
    String id = (String) d.get("id");
    String text = d.get("text") == null ? "" : (String) d.get("text");
    StringBuilder b = new StringBuilder(text.length() * 2 + 4096);
    b.append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(escape((String) d.get("title"))).append(" — Tra Cứu</title><style>")
        .append("body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b}")
        .append(".muted{color:#5a5a5a;font-size:.9rem}mark{background:#ffe58a;padding:0 .1em}mark#mark{background:#ffb347}")
        .append("#text p{margin:0 0 .9em;white-space:pre-wrap}table{border-collapse:collapse;font-size:.9rem}")
        .append("td,th{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}")
        .append("</style></head><body><p><a href=\"/\">Tìm kiếm</a> · <a href=\"/research\">Số liệu</a></p><h1>")
        .append(escape((String) d.get("title"))).append("</h1><p class=\"muted\">");
    StringBuilder meta = new StringBuilder();
    for (String k : List.of("published", "source", "author", "province")) {
      Object v = d.get(k);
      if (v != null && !v.toString().isBlank()) meta.append(meta.isEmpty() ? "" : " · ").append(escape(v.toString()));
    }
    if (d.get("url") != null) meta.append(meta.isEmpty() ? "" : " · ").append("<a href=\"").append(escape((String) d.get("url"))).append("\" rel=\"noopener\">bản gốc</a>");
    b.append(meta).append("</p>");
    @SuppressWarnings("unchecked")
    List<String> aliases = (List<String>) d.getOrDefault("aliases", List.of());
    if (!aliases.isEmpty()) {
      b.append("<p class=\"muted\">Cùng nội dung ở: ");
      for (int i = 0; i < aliases.size(); i++) b.append(i == 0 ? "" : ", ").append(escape(aliases.get(i)));
      b.append("</p>");
    }
    JsonNode refs = (JsonNode) d.get("references");
    Set<String> codes = new java.util.LinkedHashSet<>();
    if (refs != null) for (JsonNode r : refs) if (r.hasNonNull("code")) codes.add(r.get("code").asText());
    if (!codes.isEmpty()) {
      b.append("<p>Dẫn chiếu: ");
      int i = 0;
      for (String c : codes) {
        b.append(i++ == 0 ? "" : ", ").append("<a href=\"").append(DirectivePage.path(c)).append("\">").append(escape(c)).append("</a>");
      }
      b.append("</p>");
    }
    b.append("<article id=\"text\">").append(paragraphs(text, words(q), start, end)).append("</article>");
    JsonNode rows = (JsonNode) d.get("indicators");
    if (rows != null && rows.size() > 0) {
      b.append("<h2>Số liệu trong văn bản</h2><table><tr><th>Giá trị</th><th>Đơn vị</th><th>Đối tượng</th><th>Kỳ</th><th>Nơi</th></tr>");
      String self = path(id);
      for (JsonNode r : rows) {
        b.append("<tr><td><a href=\"").append(self).append("?start=").append(r.path("start").asInt()).append("&amp;end=")
            .append(r.path("end").asInt()).append("#mark\">").append(escape(r.path("text").asText())).append("</a></td><td>")
            .append(escape(r.path("unit").asText(""))).append("</td><td>").append(escape(r.path("subject").asText(""))).append("</td><td>")
            .append(escape(r.path("period").path("text").asText(""))).append("</td><td>")
            .append(escape(r.path("place").path("name").asText(""))).append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("</body></html>");
    return b.toString();
  }

  /** The query's words as compared: folded, lower case, two letters or more. */
  private static Set<String> words(String q) {
    Set<String> out = new HashSet<>();
    if (q == null) return out;
    for (String w : VietnameseText.foldAll(q.toLowerCase(Locale.ROOT)).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 2) out.add(w);
    return out;
  }

  /** The text in paragraphs, its words of the query marked, the span [start, end) marked as {@code #mark}. */
  private static String paragraphs(String t, Set<String> words, Integer start, Integer end) {
    boolean span = start != null && end != null && 0 <= start && start < end && end <= t.length();
    StringBuilder b = new StringBuilder("<p>");
    int i = 0, n = t.length();
    while (i < n) {
      if (span && i == start) b.append("<mark id=\"mark\">");
      if (span && i == end) b.append("</mark>");
      char c = t.charAt(i);
      if (c == '\n') {
        b.append(span && i > start && i < end ? "</mark></p><p><mark>" : "</p><p>");
        while (i + 1 < n && Character.isWhitespace(t.charAt(i + 1)) && t.charAt(i + 1) != ' ') i++;
        i++;
        continue;
      }
      // a run of word characters, or of others, up to a line break or an end of the marked span
      boolean word = Character.isLetterOrDigit(c);
      int j = i + 1;
      while (j < n && t.charAt(j) != '\n' && Character.isLetterOrDigit(t.charAt(j)) == word && !(span && (j == start || j == end))) j++;
      String run = t.substring(i, j);
      boolean hit = word && words.contains(VietnameseText.foldAll(run.toLowerCase(Locale.ROOT)));
      b.append(hit ? "<mark>" : "").append(escape(run)).append(hit ? "</mark>" : "");
      i = j;
    }
    if (span && end == n) b.append("</mark>");
    return b.append("</p>").toString();
  }
}
