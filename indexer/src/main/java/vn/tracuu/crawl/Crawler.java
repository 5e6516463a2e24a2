package vn.tracuu.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.tracuu.index.SourceDocument;
import vn.tracuu.index.SimHash;
import vn.tracuu.ingest.DocumentParser;
import vn.tracuu.ingest.DocumentType;
import vn.tracuu.ingest.MainContent;
import vn.tracuu.ingest.ParsedDocument;

/**
 * A polite, resumable crawler: robots.txt (with Crawl-delay) and sitemaps through crawler-commons, RSS/Atom
 * feeds as seeds, a per-host delay, depth and page limits, host allow-list, include/exclude patterns, URL
 * normalization, conditional recrawls, exact and near-duplicate detection, Vietnamese only. The index is
 * committed and the frontier saved after every page.
 */
public final class Crawler {
  private static final Pattern ATTACHMENT = Pattern.compile("(?i).*\\.(pdf|docx?)(\\?.*)?$");
  private static final Pattern NOT_TEXT = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|svg|ico|css|js|mp[34]|zip|rar|xlsx?|pptx?)(\\?.*)?$");

  private final CrawlConfig config;
  private final vn.tracuu.index.DocumentStore index;
  private final Path stateFile;
  private final PrintStream log;
  private final Fetcher fetcher;
  // tracking parameters make one page many URLs
  private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
      .queryParamsToRemove(java.util.List.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid", "zarsrc"))
      .build();
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final SiteMapParser sitemaps = new SiteMapParser(false);
  private final DocumentParser parser = new DocumentParser();
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final Map<String, Long> lastFetch = new HashMap<>();
  private final Set<String> hosts = new LinkedHashSet<>();
  private final CrawlReport report = new CrawlReport();
  /** Every sitemap read in this run: each once, and no more than {@link #MAX_SITEMAPS} of them. */
  private final Set<String> sitemapsRead = new java.util.HashSet<>();
  static final int MAX_SITEMAPS = 200;
  private CrawlState state;

  public Crawler(CrawlConfig config, vn.tracuu.index.DocumentStore index, Path stateDir, PrintStream log) {
    this.config = config;
    this.index = index;
    this.stateFile = stateDir.resolve("crawl-state.json");
    this.log = log;
    this.fetcher = new Fetcher(config.userAgent(), config.maxBytes(), config.pageTime());
  }

  public CrawlReport run() throws IOException {
    state = CrawlState.load(stateFile);
    if (config.hosts().isEmpty()) for (String s : config.seeds()) hosts.add(host(s));
    else hosts.addAll(config.hosts());
    if (!config.resume() || state.queue.isEmpty()) {
      // a new crawl keeps what it fetched before (for If-None-Match / If-Modified-Since) but starts from the seeds
      state.queue.clear();
      state.seen.clear();
      for (String s : config.seeds()) {
        String u = normalize(s);
        if (u != null) state.enqueue(u, 0);
      }
      // a recrawl revalidates every page it knows, with If-None-Match / If-Modified-Since
      for (String known : new java.util.ArrayList<>(state.fetched.keySet())) state.enqueue(known, 0);
      for (String seed : config.seeds()) sitemapsOf(seed);
    }
    int pages = 0;
    long t0 = System.nanoTime();
    while (!state.queue.isEmpty() && pages < config.maxPages()) {
      CrawlState.Queued q = state.queue.poll();
      try {
        if (visit(q) && ++pages % PROGRESS_EVERY == 0) progress(pages, t0);
      } catch (IOException | RuntimeException e) {
        report.failures.add(q.url() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      }
      index.commit();
      state.save(stateFile);
    }
    index.commit();
    state.save(stateFile);
    return report;
  }

  private static final int PROGRESS_EVERY = 10;

  /** "[####....] 40/100 trang, 212 địa chỉ chờ, còn ~95 s": the pages ahead are the queue, up to --max-pages. */
  private void progress(int pages, long t0) {
    int total = (int) Math.min(config.maxPages(), (long) pages + state.queue.size());
    double seconds = (System.nanoTime() - t0) / 1e9;
    log.printf(java.util.Locale.ROOT, "%s %d/%d trang, %d địa chỉ chờ, còn ~%.0f s%n", vn.tracuu.index.Progress.bar(pages / (double) total),
        pages, total, state.queue.size(), seconds / pages * (total - pages));
  }

  /** Fetches one URL and indexes what it holds; true if it was fetched. */
  private boolean visit(CrawlState.Queued q) throws IOException {
    String url = q.url();
    if (!inScope(url)) {
      report.outOfScope++;
      return false;
    }
    if (!rules(url).isAllowed(url)) {
      report.disallowed++;
      return false;
    }
    politeWait(url);
    CrawlState.Fetched before = state.fetched.get(url);
    if (before == null && state.aliases.containsKey(url)) before = state.fetched.get(state.aliases.get(url)); // a redirect
    Fetcher.Response r = fetcher.get(url, before == null ? null : before.etag(), before == null ? null : before.lastModified());
    report.fetched++;
    if (r.status() == 304) {
      report.notModified++;
      return true;
    }
    if (r.status() != 200) throw new IOException("HTTP " + r.status());
    String finalUrl = normalize(r.url());
    if (finalUrl != null && !finalUrl.equals(url)) {
      // a redirect: the target is the document; remember the source as its alias
      if (!state.seen.add(finalUrl) && state.fetched.containsKey(finalUrl)) {
        state.aliases.put(url, finalUrl);
        return true;
      }
      state.aliases.put(url, finalUrl);
      url = finalUrl;
    }
    String type = r.contentType().toLowerCase(Locale.ROOT);
    ParsedDocument doc;
    if (type.contains("rss") || type.contains("atom") || type.startsWith("application/xml") || type.startsWith("text/xml")) {
      feed(url, r, q.depth());
      state.fetched.put(url, new CrawlState.Fetched(r.etag(), r.lastModified(), null, 0));
      return true;
    } else if (type.contains("html") || type.isEmpty()) {
      String html = new String(r.body(), charset(type));
      doc = MainContent.parse(html, url);
      links(Jsoup.parse(html, url), q.depth());
    } else {
      doc = parser.parse(new ByteArrayInputStream(r.body()), URI.create(url).getPath(), type);
    }
    state.fetched.put(url, new CrawlState.Fetched(r.etag(), r.lastModified(), null, 0));
    index(url, doc, r);
    if (!url.equals(q.url())) {
      index.commit(); // the redirect's target must be committed to take its alias
      index.alias(url, q.url());
    }
    return true;
  }

  private void index(String url, ParsedDocument doc, Fetcher.Response r) throws IOException {
    String text = doc.text();
    if (text.isBlank()) {
      report.empty++; // a page of links only (a home page, a list): followed, not indexed
      return;
    }
    if (config.requireVietnamese() && text.length() >= 80 && !"vie".equals(Language.of(text))) {
      report.notVietnamese++;
      return;
    }
    long simhash = SimHash.of(text);
    for (var e : state.fetched.entrySet()) {
      if (!e.getKey().equals(url) && e.getValue().id() != null && !e.getValue().id().equals(url)
          && SimHash.near(simhash, e.getValue().simhash())) {
        state.aliases.put(url, e.getValue().id());
        state.fetched.put(url, new CrawlState.Fetched(r.etag(), r.lastModified(), null, simhash));
        index.alias(e.getValue().id(), url);
        report.nearDuplicates++;
        return;
      }
    }
    SourceDocument src = new SourceDocument(url, doc.title(), text, url, doc.published(), host(url),
        DocumentType.guess(doc.title(), text), doc.author());
    switch (index.put(src)) {
      case ADDED -> report.added++;
      case UPDATED -> report.updated++;
      case UNCHANGED -> report.unchanged++;
      case DUPLICATE -> {
        report.duplicates++;
        String of = index.duplicateOf(text);
        if (of != null) {
          index.alias(of, url);
          state.aliases.put(url, of);
        }
        state.fetched.put(url, new CrawlState.Fetched(r.etag(), r.lastModified(), null, simhash));
        return;
      }
    }
    state.fetched.put(url, new CrawlState.Fetched(r.etag(), r.lastModified(), url, simhash));
    log.println("  " + url);
  }

  private void links(Document page, int depth) {
    if (depth >= config.maxDepth()) return;
    for (Element a : page.select("a[href], link[rel=alternate][type*=xml]")) {
      String href = a.absUrl("href");
      if (href.isEmpty() || NOT_TEXT.matcher(href).matches()) continue;
      String u = normalize(href);
      if (u != null && inScope(u)) state.enqueue(u, depth + 1);
    }
  }

  private void feed(String url, Fetcher.Response r, int depth) throws IOException {
    if (!sitemapsRead.add(url)) return; // a sitemap index that lists itself, or two that list each other
    if (sitemapsRead.size() > MAX_SITEMAPS) {
      report.failures.add(url + ": bỏ qua, đã đọc " + MAX_SITEMAPS + " sitemap");
      return;
    }
    try {
      AbstractSiteMap map = sitemaps.parseSiteMap(r.contentType(), r.body(), new URL(url));
      enqueue(map, depth);
    } catch (crawlercommons.sitemaps.UnknownFormatException e) {
      throw new IOException("không đọc được sitemap/feed: " + e.getMessage());
    }
  }

  private void enqueue(AbstractSiteMap map, int depth) throws IOException {
    if (map instanceof SiteMapIndex idx) {
      for (AbstractSiteMap child : idx.getSitemaps()) {
        if (sitemapsRead.contains(child.getUrl().toString())) continue;
        Fetcher.Response r = fetcher.get(child.getUrl().toString(), null, null);
        if (r.status() == 200) feed(child.getUrl().toString(), r, depth);
      }
    } else if (map instanceof SiteMap sm) {
      for (SiteMapURL su : sm.getSiteMapUrls()) {
        String u = normalize(su.getUrl().toString());
        if (u != null && inScope(u)) state.enqueue(u, depth);
      }
    }
  }

  private void sitemapsOf(String seed) {
    BaseRobotRules rules = rules(seed);
    for (String sitemap : rules.getSitemaps()) {
      try {
        Fetcher.Response r = fetcher.get(sitemap, null, null);
        if (r.status() == 200) feed(sitemap, r, 0);
      } catch (IOException | RuntimeException e) {
        report.failures.add(sitemap + ": " + e.getMessage());
      }
    }
  }

  private BaseRobotRules rules(String url) {
    URI u = URI.create(url);
    String key = u.getScheme() + "://" + u.getRawAuthority();
    return robots.computeIfAbsent(key, k -> {
      String robotsUrl = k + "/robots.txt";
      try {
        Fetcher.Response r = fetcher.get(robotsUrl, null, null);
        if (r.status() == 200) return robotsParser.parseContent(robotsUrl, r.body(), r.contentType(), "TraCuuBot");
        return robotsParser.failedFetch(r.status());
      } catch (IOException e) {
        return robotsParser.failedFetch(503);
      }
    });
  }

  private void politeWait(String url) {
    String h = host(url);
    long delay = config.delay().toMillis();
    BaseRobotRules rules = rules(url);
    if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) delay = Math.max(delay, rules.getCrawlDelay());
    Long last = lastFetch.get(h);
    long now = System.currentTimeMillis();
    if (last != null && now - last < delay) {
      try {
        Thread.sleep(delay - (now - last));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lastFetch.put(h, System.currentTimeMillis());
  }

  private boolean inScope(String url) {
    if (!hosts.contains(host(url))) return false;
    if (!config.include().isEmpty() && config.include().stream().noneMatch(p -> p.matcher(url).find())) return false;
    return config.exclude().stream().noneMatch(p -> p.matcher(url).find());
  }

  private String normalize(String url) {
    String u = normalizer.filter(url);
    if (u == null) return null;
    int hash = u.indexOf('#');
    return hash >= 0 ? u.substring(0, hash) : u;
  }

  private static String host(String url) {
    URI u = URI.create(url);
    return u.getPort() > 0 ? u.getHost() + ":" + u.getPort() : u.getHost();
  }

  private static java.nio.charset.Charset charset(String contentType) {
    int i = contentType.indexOf("charset=");
    if (i < 0) return StandardCharsets.UTF_8;
    try {
      return java.nio.charset.Charset.forName(contentType.substring(i + 8).replace("\"", "").strip());
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
