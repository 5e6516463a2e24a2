package vn.tracuu.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.tracuu.extract.Dates;

/**
 * The article of a web page without its chrome, and its metadata. Chooses the block with the most text that is
 * not link text (menus, "Tin liên quan" and "Đọc nhiều" lists are mostly links), prefers {@code <article>}, drops
 * navigation, forms (comment boxes), asides and footers, and keeps a repeated paragraph (a caption shown twice)
 * once.
 */
public final class MainContent {
  private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, button, "
      + "select, input, textarea, svg, [role=navigation], [role=banner], [role=contentinfo], [hidden]";

  private MainContent() {}

  public static ParsedDocument parse(String html, String url) {
    Document doc = url == null ? Jsoup.parse(html) : Jsoup.parse(html, url);
    String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("article h1, h1")), doc.title());
    String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"),
        text(doc.selectFirst("[rel=author], .author, .byline, [itemprop=author]")));
    String source = firstNonBlank(meta(doc, "og:site_name"), url == null ? null : java.net.URI.create(url).getHost());
    LocalDate published = metaDate(doc);
    doc.select(NOISE).remove();
    Element main = mainBlock(doc);
    String text = paragraphs(main);
    if (published == null) {
      // visible date near the top: "23/11/2021 17:47", "08:07, 23/07/2018", "Thứ Sáu, 18/8/2023 8:7'(GMT+7)"
      String top = doc.body() == null ? "" : doc.body().text();
      published = Dates.first(top.substring(0, Math.min(top.length(), 3000))).orElse(null);
    }
    if (title != null && text.startsWith(title)) text = text.substring(title.length()).strip();
    return new ParsedDocument(title == null ? DocumentParser.firstLine(text) : title.strip(), text, published,
        author, source, "text/html");
  }

  private static Element mainBlock(Document doc) {
    Element body = doc.body() == null ? doc : doc.body();
    Element best = null;
    double bestScore = 0;
    for (Element e : body.select("article, main, section, div, td")) {
      double score = score(e);
      if (e.tagName().equals("article")) score *= 1.5;
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best == null ? body : best;
  }

  /** Text outside links, in paragraphs, penalized by link density. */
  private static double score(Element e) {
    int text = e.text().length();
    if (text < 100) return 0;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    double density = (double) links / text;
    int paragraphs = e.select("p").size();
    return (text - links) * (1 - density) * (1 + Math.min(paragraphs, 20) / 10.0) / Math.sqrt(1 + e.select("div").size() / 10.0);
  }

  private static String paragraphs(Element main) {
    Set<String> seen = new LinkedHashSet<>();
    Elements blocks = main.select("p, h2, h3, h4, li, blockquote, figcaption, pre, td");
    if (blocks.isEmpty()) return main.wholeText().strip();
    for (Element b : blocks) {
      if (!b.tagName().equals("li") && b.select("p, li, td").stream().anyMatch(e -> e != b)) continue; // leaves only
      int links = 0;
      for (Element a : b.select("a")) links += a.text().length();
      String t = b.text().strip();
      if (t.isEmpty() || (links > 0 && links > 0.6 * t.length())) continue;
      seen.add(t);
    }
    return String.join("\n\n", seen);
  }

  private static LocalDate metaDate(Document doc) {
    for (String v : new String[] {meta(doc, "article:published_time"), meta(doc, "pubdate"), meta(doc, "date"),
        meta(doc, "dc.date"), attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
        attr(doc.selectFirst("time[datetime]"), "datetime")}) {
      if (v == null || v.isBlank()) continue;
      try {
        return OffsetDateTime.parse(v.strip()).toLocalDate();
      } catch (DateTimeParseException e) {
        try {
          return LocalDate.parse(v.strip().substring(0, Math.min(10, v.strip().length())));
        } catch (DateTimeParseException e2) {
          var d = Dates.first(v);
          if (d.isPresent()) return d.get();
        }
      }
    }
    return null;
  }

  private static String meta(Document doc, String name) {
    Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return m == null ? null : m.attr("content");
  }

  private static String attr(Element e, String a) {
    return e == null ? null : e.attr(a);
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }
}
