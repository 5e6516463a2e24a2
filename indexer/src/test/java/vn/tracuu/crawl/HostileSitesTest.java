package vn.tracuu.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.TracuuIndex;

/** Sites that would stop a crawl: a page that trickles a byte a second, a sitemap index that lists itself. */
class HostileSitesTest {
  @TempDir Path dir;

  @Test
  @Timeout(60)
  void aTricklingPageAndASelfListingSitemapIndexEndInTime() throws Exception {
    AtomicInteger indexReads = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String article = "<html><head><meta charset='utf-8'><title>Kết nạp đảng viên</title></head><body><article><p>"
        + TestSite.seed("004_259665a0c3b3c4b2").replace("\n", "</p><p>") + "</p></article></body></html>";
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      switch (path) {
        case "/robots.txt" -> send(ex, "text/plain", "User-agent: *\nAllow: /\nSitemap: " + base + "/sitemap-index.xml\n");
        case "/sitemap-index.xml" -> {
          indexReads.incrementAndGet();
          send(ex, "application/xml", "<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
              + "<sitemap><loc>" + base + "/sitemap-index.xml</loc></sitemap><sitemap><loc>" + base + "/sitemap.xml</loc></sitemap></sitemapindex>");
        }
        case "/sitemap.xml" -> send(ex, "application/xml", "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            + "<url><loc>" + base + "/news/a.html</loc></url><url><loc>" + base + "/slow.html</loc></url></urlset>");
        case "/news/a.html" -> send(ex, "text/html; charset=utf-8", article);
        case "/slow.html" -> trickle(ex);
        default -> send(ex, "text/html; charset=utf-8", "<html><body><a href='/news/a.html'>A</a> <a href='/slow.html'>B</a></body></html>");
      }
    });
    server.start();
    try (TracuuIndex idx = TracuuIndex.open(dir, AnalyzerChoice.VIETNAMESE)) {
      CrawlConfig c = CrawlConfig.of(List.of(base + "/")).withDelay(Duration.ofMillis(10)).withPageTime(Duration.ofSeconds(3));
      CrawlReport r = new Crawler(c, idx, dir, new PrintStream(OutputStream.nullOutputStream())).run();
      assertTrue(r.failures.stream().anyMatch(f -> f.contains("/slow.html") && f.contains("3 s")), r.failures.toString());
      assertEquals(1, indexReads.get(), "the sitemap index is read once");
    } finally {
      server.stop(0);
    }
    try (vn.tracuu.search.Searcher s = new vn.tracuu.search.Searcher(dir)) {
      assertTrue(s.ids("37-NQ/TU", 5).contains(base + "/news/a.html"), "the article the sitemap lists is indexed");
    }
  }

  @Test
  @Timeout(60)
  void aLongCrawlShowsHowFarAlongItIs() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    // a home page linking to 12 pages, each a different text
    String seed = TestSite.seed("004_259665a0c3b3c4b2");
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/robots.txt")) {
        send(ex, "text/plain", "User-agent: *\nAllow: /\n");
        return;
      }
      int n = path.startsWith("/p/") ? Integer.parseInt(path.substring(3)) : 0;
      send(ex, "text/html; charset=utf-8", "<html><head><meta charset='utf-8'><title>Trang " + n + "</title></head><body><article><p>"
          + "Bài số " + n + ". " + seed.substring(n * 40, n * 40 + 1500).replace("\n", "</p><p>") + "</p></article>"
          + (n == 0 ? java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(k -> "<a href='/p/" + k + "'>" + k + "</a>")
              .collect(java.util.stream.Collectors.joining(" ")) : "") + "</body></html>");
    });
    server.start();
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    try (TracuuIndex idx = TracuuIndex.open(dir, AnalyzerChoice.VIETNAMESE)) {
      CrawlConfig c = CrawlConfig.of(List.of(base + "/p/0")).withDelay(Duration.ofMillis(1));
      new Crawler(c, idx, dir, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    } finally {
      server.stop(0);
    }
    String out = log.toString(StandardCharsets.UTF_8);
    // after 10 of the 13 pages: 3 left in the queue
    assertTrue(out.contains("[###############.....] 10/13 trang, 3 địa chỉ chờ, còn ~"), out);
  }

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  /** Headers at once, then a byte a second for a minute. */
  private static void trickle(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < 60; i++) {
        out.write('<');
        out.flush();
        Thread.sleep(1000);
      }
    } catch (InterruptedException | IOException e) {
      // the crawler hung up: what it should do
    }
  }
}
