package vn.tracuu.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to crawl and how politely.
 *
 * @param hosts hosts that may be fetched; empty means the seeds' hosts
 * @param include a URL must match one of these, if any are given
 * @param exclude a URL matching any of these is skipped
 * @param pageTime the longest one page may take, headers and body (a server that trickles a byte a second is cut)
 */
public record CrawlConfig(
    List<String> seeds, int maxDepth, int maxPages, Duration delay, Set<String> hosts, List<Pattern> include,
    List<Pattern> exclude, boolean resume, String userAgent, long maxBytes, boolean requireVietnamese, Duration pageTime) {
  public static final String USER_AGENT = "TraCuuBot/0.1 (search of Vietnamese party and state documents)";
  public static final Duration PAGE_TIME = Duration.ofSeconds(60);

  public CrawlConfig {
    if (seeds.isEmpty()) throw new IllegalArgumentException("cần ít nhất một --seed");
    if (maxDepth < 0 || maxPages < 1) throw new IllegalArgumentException("--max-depth >= 0, --max-pages >= 1");
    if (delay.isNegative()) throw new IllegalArgumentException("--delay không âm");
    if (pageTime.isNegative() || pageTime.isZero()) throw new IllegalArgumentException("--page-time dương");
  }

  public static CrawlConfig of(List<String> seeds) {
    return new CrawlConfig(seeds, 3, 1000, Duration.ofSeconds(1), Set.of(), List.of(), List.of(), false, USER_AGENT,
        20L << 20, true, PAGE_TIME);
  }

  public CrawlConfig withDelay(Duration d) {
    return new CrawlConfig(seeds, maxDepth, maxPages, d, hosts, include, exclude, resume, userAgent, maxBytes, requireVietnamese, pageTime);
  }

  public CrawlConfig withResume(boolean r) {
    return new CrawlConfig(seeds, maxDepth, maxPages, delay, hosts, include, exclude, r, userAgent, maxBytes, requireVietnamese, pageTime);
  }

  public CrawlConfig withMaxPages(int n) {
    return new CrawlConfig(seeds, maxDepth, n, delay, hosts, include, exclude, resume, userAgent, maxBytes, requireVietnamese, pageTime);
  }

  public CrawlConfig withPageTime(Duration t) {
    return new CrawlConfig(seeds, maxDepth, maxPages, delay, hosts, include, exclude, resume, userAgent, maxBytes, requireVietnamese, t);
  }
}
