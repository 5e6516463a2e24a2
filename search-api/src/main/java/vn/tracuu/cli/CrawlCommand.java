package vn.tracuu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.crawl.CrawlConfig;
import vn.tracuu.crawl.CrawlReport;
import vn.tracuu.crawl.Crawler;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.TracuuIndex;

@Command(name = "crawl", description = "Thu thập trang web (tôn trọng robots.txt, sitemap, RSS) và lập chỉ mục; --resume để tiếp tục.")
final class CrawlCommand implements Callable<Integer> {
  @Option(names = "--seed", required = true, description = "URL xuất phát (trang, RSS/Atom, sitemap); lặp lại được") List<String> seeds;
  @Option(names = "--index", description = "Thư mục chỉ mục (nhúng)") Path index;
  @Option(names = "--opensearch", description = "Thay cho --index: các nút của cụm OpenSearch, cách nhau bởi dấu phẩy") String opensearch;
  @Option(names = "--name", defaultValue = "tracuu", description = "Với --opensearch: tên chỉ mục trong cụm") String name;
  @Option(names = "--state", description = "Với --opensearch: thư mục giữ trạng thái thu thập (mặc định: data/crawl-<tên>)") Path state;
  @Option(names = "--delay", defaultValue = "1", description = "Giãn cách giữa hai lần tải cùng máy chủ (giây)") double delay;
  @Option(names = "--resume", description = "Tiếp tục lần thu thập bị dừng") boolean resume;
  @Option(names = "--max-depth", defaultValue = "3") int maxDepth;
  @Option(names = "--max-pages", defaultValue = "1000") int maxPages;
  @Option(names = "--host", description = "Máy chủ được phép (mặc định: máy chủ của các URL xuất phát)") List<String> hosts = new ArrayList<>();
  @Option(names = "--include", description = "Biểu thức chính quy URL phải khớp") List<String> include = new ArrayList<>();
  @Option(names = "--exclude", description = "Biểu thức chính quy URL bị loại") List<String> exclude = new ArrayList<>();
  @Option(names = "--any-language", description = "Không bỏ trang không phải tiếng Việt") boolean anyLanguage;
  @Option(names = "--page-time", defaultValue = "60", description = "Thời gian tối đa để tải một trang, kể cả nội dung (giây)") long pageTime;

  @Override
  public Integer call() throws Exception {
    for (String s : seeds) {
      if (!s.matches("(?i)https?://.+")) {
        System.err.println("tracuu crawl: --seed phải là URL http(s): " + s);
        return 2;
      }
    }
    CrawlConfig config = new CrawlConfig(seeds, maxDepth, maxPages, Duration.ofMillis((long) (delay * 1000)),
        new HashSet<>(hosts), include.stream().map(Pattern::compile).toList(), exclude.stream().map(Pattern::compile).toList(),
        resume, CrawlConfig.USER_AGENT, 20L << 20, !anyLanguage, Duration.ofSeconds(pageTime));
    if ((index == null) == (opensearch == null)) {
      System.err.println("tracuu crawl: cần đúng một trong --index (chỉ mục nhúng) và --opensearch (cụm)");
      return 2;
    }
    if (opensearch != null) {
      vn.tracuu.cluster.ClusterIndex idx;
      try {
        idx = vn.tracuu.cluster.ClusterIndex.open(vn.tracuu.cluster.Cluster.connect(opensearch), name);
      } catch (IllegalArgumentException | java.io.IOException e) {
        System.err.println("tracuu crawl: " + e.getMessage());
        return 2;
      }
      Path dir = state != null ? state : ServeCommand.root().resolve("data/crawl-" + name);
      Files.createDirectories(dir);
      CrawlReport r = new Crawler(config, idx, dir, System.err).run();
      System.err.println("tracuu crawl: " + r + "; chỉ mục " + name + " của cụm có " + idx.count() + " tài liệu");
      r.failures.forEach(f -> System.err.println("  lỗi: " + f));
      return 0;
    }
    Files.createDirectories(index);
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      CrawlReport r = new Crawler(config, idx, index, System.err).run();
      System.err.println("tracuu crawl: " + r + "; chỉ mục có " + idx.count() + " tài liệu");
      r.failures.forEach(f -> System.err.println("  lỗi: " + f));
      return 0;
    }
  }
}
