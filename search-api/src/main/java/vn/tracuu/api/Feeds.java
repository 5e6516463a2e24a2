package vn.tracuu.api;

import static vn.tracuu.io.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tracuu.search.SearchRequest;
import vn.tracuu.search.SearchResult;
import vn.tracuu.search.Backend;

/**
 * Atom feeds to follow a directive or a search in any feed reader: the newest of the best 100 texts, up to 30.
 * Texts without a date come after dated ones.
 */
final class Feeds {
  static final String TYPE = "application/atom+xml; charset=utf-8";
  private static final int READ = 100, ENTRIES = 30;

  private Feeds() {}

  static String directive(Backend s, String base, String code) {
    SearchResult r = s.search(new SearchRequest(code, READ, 0, null, null, null, null, code));
    return feed("Văn bản dẫn chiếu " + code, base, base + DirectivePage.path(code) + ".atom", "urn:tracuu:directive:" + code, r, code);
  }

  static String search(Backend s, String base, String q) {
    SearchResult r = s.search(SearchRequest.of(q, READ));
    return feed("Tra Cứu: " + q, base, base + "/feeds/search.atom?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
        "urn:tracuu:search:" + q, r, q);
  }

  private static String feed(String title, String base, String self, String id, SearchResult r, String q) {
    List<SearchResult.Hit> hits = new ArrayList<>(r.hits());
    hits.sort(Comparator.comparing((SearchResult.Hit h) -> h.published() == null ? "" : h.published()).reversed());
    if (hits.size() > ENTRIES) hits = hits.subList(0, ENTRIES);
    String newest = hits.stream().map(SearchResult.Hit::published).filter(p -> p != null).findFirst().map(Feeds::instant)
        .orElse(Instant.EPOCH.toString());
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    b.append("<title>").append(escape(title)).append("</title><id>").append(escape(id)).append("</id><updated>").append(newest)
        .append("</updated><link rel=\"self\" href=\"").append(escape(self)).append("\"/><author><name>Tra Cứu</name></author>");
    for (SearchResult.Hit h : hits) {
      String link = base + DocumentPage.path(h.id()) + "?q="
          + URLEncoder.encode(q, StandardCharsets.UTF_8);
      b.append("<entry><title>").append(escape(h.title())).append("</title><id>urn:tracuu:document:").append(escape(h.id()))
          .append("</id><updated>").append(h.published() == null ? newest : instant(h.published())).append("</updated><link href=\"")
          .append(escape(link)).append("\"/><summary>").append(escape(h.snippet().replaceAll("</?mark>", ""))).append("</summary></entry>");
    }
    return b.append("</feed>\n").toString();
  }

  private static String instant(String day) {
    return day + "T00:00:00Z";
  }
}
