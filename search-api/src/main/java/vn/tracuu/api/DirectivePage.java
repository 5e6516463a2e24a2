package vn.tracuu.api;

import static vn.tracuu.io.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code /directives/{code}}: {@link Directives} as a page that works without JavaScript. */
final class DirectivePage {
  private DirectivePage() {}

  /** A list of citing texts, each linked to its page with the code marked. */
  private static void documents(StringBuilder b, String title, List<Map<String, Object>> texts, String code) {
    b.append("<h2>").append(escape(title)).append("</h2><ol>");
    for (Map<String, Object> c : texts) {
      b.append("<li><a href=\"").append(DocumentPage.path((String) c.get("id"))).append("?q=").append(URLEncoder.encode(code, StandardCharsets.UTF_8))
          .append("\">").append(escape((String) c.get("title"))).append("</a> <span class=\"muted\">").append(escape((String) c.get("published")))
          .append("</span></li>");
    }
    b.append("</ol>");
  }

  /** A chart of counts as a table of bars, in the order given. */
  private static void bars(StringBuilder b, String title, Map<String, Integer> counts) {
    if (counts == null || counts.isEmpty()) return;
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    b.append("<h2>").append(escape(title)).append("</h2><table>");
    counts.forEach((k, n) -> b.append("<tr><td>").append(escape(k)).append("</td><td><span class=\"bar\" style=\"width:")
        .append(Math.max(2, 300 * n / max)).append("px\"></span> ").append(n).append("</td></tr>"));
    b.append("</table>");
  }

  static String path(String code) {
    return "/directives/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("%2F", "/").replace("+", "%20");
  }

  @SuppressWarnings("unchecked")
  static String render(Map<String, Object> d) {
    String code = (String) d.get("code");
    String name = (d.get("typeName") == null ? "" : d.get("typeName") + " ") + code;
    StringBuilder b = new StringBuilder(4096);
    b.append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(escape(name))
        .append(" — Tra Cứu</title><style>body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;")
        .append("padding:0 1rem;color:#1b1b1b}.muted{color:#5a5a5a;font-size:.9rem}.bar{background:#c00;height:.8em;display:inline-block}")
        .append("td{padding:.1em .5em;vertical-align:middle}blockquote{margin:.5em 0;padding-left:1em;border-left:3px solid #ddd}")
        .append("</style></head><body><p><a href=\"/\">Tìm kiếm</a> · <a href=\"/research\">Số liệu</a></p><h1>")
        .append(escape(name)).append("</h1>");
    long documents = ((Number) d.get("documents")).longValue();
    if (documents == 0) {
      b.append("<p>").append(escape((String) d.get("message"))).append(".</p>");
      List<String> near = (List<String>) d.get("near");
      if (!near.isEmpty()) {
        b.append("<p>Có phải bạn tìm: ");
        for (int i = 0; i < near.size(); i++) {
          b.append(i == 0 ? "" : ", ").append("<a href=\"").append(path(near.get(i))).append("\">").append(escape(near.get(i))).append("</a>");
        }
        b.append("</p>");
      }
      return b.append("</body></html>").toString();
    }
    StringBuilder meta = new StringBuilder();
    if (d.get("issuer") != null) meta.append("Cơ quan ban hành: ").append(escape((String) d.get("issuer")));
    if (d.get("date") != null) meta.append(meta.isEmpty() ? "" : " · ").append("ngày ").append(escape((String) d.get("date")));
    if (!meta.isEmpty()) b.append("<p class=\"muted\">").append(meta).append("</p>");
    Map<String, Object> subject = (Map<String, Object>) d.get("subject");
    if (subject != null) {
      b.append("<p><b>Trích yếu</b> (theo các văn bản dẫn chiếu): ").append(escape((String) subject.get("text"))).append("</p><blockquote>")
          .append(escape((String) subject.get("sentence"))).append(" <a href=\"").append(DocumentPage.path((String) subject.get("document")))
          .append("\">văn bản</a></blockquote>");
    }
    b.append("<p><a href=\"/?q=").append(URLEncoder.encode(code, StandardCharsets.UTF_8)).append("\">").append(documents)
        .append(" văn bản dẫn chiếu</a>. <a href=\"/feeds").append(path(code)).append(".atom\">Theo dõi (Atom)</a></p>");
    bars(b, "Theo năm", new java.util.TreeMap<>((Map<String, Integer>) d.get("byYear")));
    bars(b, "Theo tháng", (Map<String, Integer>) d.get("byMonth"));
    bars(b, "Theo tỉnh, thành phố", (Map<String, Integer>) d.get("byProvince"));
    documents(b, "Văn bản dẫn chiếu mới nhất", (List<Map<String, Object>>) d.get("recent"), code);
    documents(b, "Văn bản dẫn chiếu nhiều nhất", (List<Map<String, Object>>) d.get("citing"), code);
    links(b, "Thực hiện văn bản này", (Map<String, Integer>) d.get("implementedBy"));
    links(b, "Thường được dẫn chiếu cùng", (Map<String, Integer>) d.get("citedWith"));
    return b.append("</body></html>").toString();
  }

  private static void links(StringBuilder b, String heading, Map<String, Integer> codes) {
    if (codes.isEmpty()) return;
    b.append("<h2>").append(heading).append("</h2><p>");
    int i = 0;
    for (var e : codes.entrySet()) {
      b.append(i++ == 0 ? "" : ", ").append("<a href=\"").append(path(e.getKey())).append("\">").append(escape(e.getKey()))
          .append("</a> (").append(e.getValue()).append(")");
    }
    b.append("</p>");
  }
}
