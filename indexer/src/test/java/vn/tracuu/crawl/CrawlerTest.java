package vn.tracuu.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.Fields;
import vn.tracuu.index.TracuuIndex;

class CrawlerTest {
  @TempDir Path dir;
  private final PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());

  private CrawlReport crawl(TestSite site, boolean resume) throws Exception {
    CrawlConfig c = CrawlConfig.of(List.of(site.base + "/index.html", site.base + "/rss.xml"))
        .withDelay(Duration.ofMillis(20)).withResume(resume);
    try (TracuuIndex idx = TracuuIndex.open(dir, AnalyzerChoice.VIETNAMESE)) {
      return new Crawler(c, idx, dir, quiet).run();
    }
  }

  private Set<String> indexedIds() throws Exception {
    Set<String> ids = new TreeSet<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      for (int i = 0; i < r.maxDoc(); i++) {
        String id = deleted(r, i) ? null : r.storedFields().document(i).get(Fields.ID);
        if (id != null) ids.add(id); // the indicator rows of a text carry no id of their own
      }
    }
    return ids;
  }

  private String body(String id) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      for (int i = 0; i < r.maxDoc(); i++) {
        if (deleted(r, i)) continue;
        var d = r.storedFields().document(i);
        if (id.equals(d.get(Fields.ID))) return d.get(Fields.BODY_FOLDED);
      }
    }
    throw new AssertionError("not indexed: " + id);
  }

  private static boolean deleted(DirectoryReader r, int doc) {
    var live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
    return live != null && !live.get(doc);
  }

  private String stored(String id, String field) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      for (int i = 0; i < r.maxDoc(); i++) {
        if (deleted(r, i)) continue;
        var d = r.storedFields().document(i);
        if (id.equals(d.get(Fields.ID))) return d.get(field);
      }
    }
    throw new AssertionError("not indexed: " + id);
  }

  private List<String> aliases(String id) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      for (int i = 0; i < r.maxDoc(); i++) {
        if (deleted(r, i)) continue;
        var d = r.storedFields().document(i);
        if (id.equals(d.get(Fields.ID))) return List.of(d.getValues(Fields.ALIASES));
      }
    }
    throw new AssertionError("not indexed: " + id);
  }

  @Test
  void crawlsWhatItShouldAndRecrawlsNothingUnchanged() throws Exception {
    try (TestSite site = new TestSite()) {
      CrawlReport first = crawl(site, false);
      String b = site.base;
      assertEquals(new TreeSet<>(List.of(b + "/news/a.html", b + "/news/b.html", b + "/news/c.html", b + "/news/d.html",
          b + "/files/report.docx", b + "/files/report.pdf")), indexedIds(), first.toString());
      assertEquals(0, site.fullResponses("/private/secret.html"), "robots.txt disallows /private/");
      assertEquals(1, first.disallowed);
      assertEquals(1, first.nearDuplicates, "a-copy.html is the same article with other chrome");
      assertEquals(1, first.notVietnamese);
      // the share link of the chrome points at a page the site does not have: reported, and the crawl goes on
      assertEquals(1, first.failures.size(), first.failures.toString());
      assertTrue(first.failures.get(0).contains("/share") && first.failures.get(0).contains("404"));
      String a = body(b + "/news/a.html");
      assertTrue(a.contains("45.239 đồng chí"), "the article is kept");
      for (String chrome : List.of("Chia sẻ thông tin với bạn bè", "Số lượt truy cập", "Tin liên quan", "Đọc nhiều",
          "{name}", "Giấy phép số", "Liên kết banner", "Tòa soạn")) {
        assertFalse(a.contains(chrome), "chrome in the body: " + chrome);
      }
      assertTrue(body(b + "/files/report.docx").contains("107,46%"));
      assertEquals(List.of(b + "/news/a-copy.html"), aliases(b + "/news/a.html"), "the near-duplicate is an alias");
      assertEquals("Nguyễn Thanh", stored(b + "/news/a.html", Fields.AUTHOR), "the byline");
      assertEquals("2021-11-23", stored(b + "/news/a.html", Fields.PUBLISHED), "the published date from the meta tag");
      assertEquals(List.of(b + "/old-b"), aliases(b + "/news/b.html"), "the redirect is an alias");
      assertTrue(body(b + "/files/report.pdf").contains("22-NQ/TW"));

      int before = site.fullResponses("/news/a.html", "/news/b.html", "/news/c.html", "/news/d.html",
          "/files/report.docx", "/files/report.pdf", "/news/a-copy.html", "/news/english.html");
      CrawlReport second = crawl(site, false);
      int after = site.fullResponses("/news/a.html", "/news/b.html", "/news/c.html", "/news/d.html",
          "/files/report.docx", "/files/report.pdf", "/news/a-copy.html", "/news/english.html");
      assertEquals(before, after, "the recrawl fetched nothing unchanged in full: " + second);
      assertTrue(second.notModified >= 8, second.toString());
      assertEquals(6, indexedIds().size());
    }
  }

  @Test
  void resumeAfterAStopFetchesNothingAlreadyIndexed() throws Exception {
    try (TestSite site = new TestSite()) {
      CrawlConfig c = CrawlConfig.of(List.of(site.base + "/index.html", site.base + "/rss.xml"))
          .withDelay(Duration.ofMillis(10)).withMaxPages(4);
      try (TracuuIndex idx = TracuuIndex.open(dir, AnalyzerChoice.VIETNAMESE)) {
        new Crawler(c, idx, dir, quiet).run(); // stops after 4 pages, as a killed crawl would after its last save
      }
      Set<String> partial = indexedIds();
      assertTrue(partial.size() < 6, partial.toString());
      int fetchedBefore = site.fullResponses(site.paths().toArray(String[]::new));
      crawl(site, true);
      assertEquals(6, indexedIds().size());
      for (String id : partial) {
        String path = id.substring(site.base.length());
        assertEquals(1, site.fullResponses(path), "re-fetched after resume: " + path);
      }
      assertTrue(site.fullResponses(site.paths().toArray(String[]::new)) > fetchedBefore);
    }
  }
}
