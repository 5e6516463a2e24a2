package vn.tracuu.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.time.Duration;
import java.util.Map;
import vn.tracuu.api.Admin;
import vn.tracuu.api.Handlers;
import vn.tracuu.crawl.CrawlConfig;
import vn.tracuu.crawl.CrawlReport;
import vn.tracuu.crawl.Crawler;
import vn.tracuu.index.TracuuIndex;
import vn.tracuu.api.Server;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.cluster.Cluster;
import vn.tracuu.cluster.ClusterIndex;
import vn.tracuu.cluster.ClusterSearcher;
import vn.tracuu.index.IndexJob;
import vn.tracuu.search.Searcher;

@Command(name = "serve", description = "Chạy API và trang demo; lần đầu tự lập chỉ mục kho văn bản kèm theo (corpus/).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", description = "Thư mục chỉ mục (mặc định: data/index)") Path index;
  @Option(names = "--port", defaultValue = "7070") int port;
  @Option(names = "--host", defaultValue = "0.0.0.0", description = "Địa chỉ lắng nghe; 127.0.0.1 khi chạy sau reverse proxy") String host;
  @Option(names = "--opensearch", description = "Thay cho --index: trả lời từ cụm OpenSearch, các nút cách nhau bởi dấu phẩy (http://127.0.0.1:9200,...)") String opensearch;
  @Option(names = "--name", defaultValue = "tracuu", description = "Với --opensearch: tên chỉ mục trong cụm") String name;

  static Path root() {
    return Path.of(System.getProperty("tracuu.root", "."));
  }

  static Path defaultIndex() {
    return root().resolve("data/index");
  }

  static List<Path> bundledCorpus() {
    return List.of(root().resolve("corpus/seeds"), root().resolve("corpus/legal"));
  }

  @Override
  public Integer call() throws Exception {
    if (index != null && opensearch != null) {
      System.err.println("tracuu serve: chỉ dùng một trong --index (chỉ mục nhúng) và --opensearch (cụm)");
      return 2;
    }
    Path dir = index == null ? defaultIndex() : index;
    Cluster cluster = null;
    if (opensearch != null) {
      try {
        cluster = Cluster.connect(opensearch);
        ClusterIndex idx = ClusterIndex.open(cluster, name);
        if (idx.count() == 0) {
          System.err.println("tracuu serve: lập chỉ mục kho văn bản kèm theo vào chỉ mục " + name + " của cụm ...");
          new IndexJob(idx, System.err).run(bundledCorpus());
        }
      } catch (IllegalArgumentException | java.io.IOException e) {
        System.err.println("tracuu serve: " + e.getMessage());
        return 2;
      }
    } else if (!Files.isDirectory(dir) || isEmpty(dir)) {
      System.err.println("tracuu serve: lập chỉ mục kho văn bản kèm theo vào " + dir + " ...");
      IndexCommand.run(bundledCorpus(), dir, AnalyzerChoice.VIETNAMESE);
    }
    int rate;
    try {
      rate = Integer.parseInt(System.getenv().getOrDefault("TRACUU_RATE_LIMIT", "0"));
    } catch (NumberFormatException e) {
      System.err.println("tracuu serve: TRACUU_RATE_LIMIT phải là số yêu cầu mỗi phút");
      return 2;
    }
    java.util.Set<String> proxies = new java.util.HashSet<>();
    for (String p : System.getenv().getOrDefault("TRACUU_TRUSTED_PROXIES", "").split(",")) if (!p.isBlank()) proxies.add(p.strip());
    String keyFile = System.getenv("TRACUU_ADMIN_KEY_FILE");
    java.util.function.Supplier<String> key = keyFile != null && !keyFile.isBlank()
        ? vn.tracuu.api.AdminKey.fromFile(Path.of(keyFile)) : vn.tracuu.api.AdminKey.of(System.getenv("TRACUU_ADMIN_KEY"));
    String origins = System.getenv().getOrDefault("TRACUU_CORS_ORIGINS", "*");
    Javalin app = cluster != null ? start(cluster, name, host, port, key, origins, rate, proxies)
        : start(dir, host, port, key, origins, rate, proxies);
    // SIGTERM (systemctl stop, docker stop): close the listener and stop Jetty before the JVM exits
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "tracuu-stop"));
    System.err.println("tracuu serve: http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + port
        + "/  (API: /api/search?q=..., đặc tả: /openapi.json)");
    Thread.currentThread().join();
    return 0;
  }

  /** Starts the server on an index; port 0 picks a free one. */
  public static Javalin start(Path dir, String host, int port, java.util.function.Supplier<String> adminKey, String origins, int perMinute,
      java.util.Set<String> trustedProxies) throws Exception {
    AtomicReference<Searcher> current = new AtomicReference<>(new Searcher(dir));
    IndexAdmin admin = new IndexAdmin(dir, current);
    Javalin app = Server.create(new Handlers(current::get, adminKey, admin), origins, perMinute, trustedProxies).start(host, port);
    // commits of another process (a `tracuu crawl` or `tracuu index` run from cron into the served index) are
    // seen within this many milliseconds, without a restart and without a pause
    long every = Long.getLong("tracuu.serve.refreshMs", 5000);
    var refresher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tracuu-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(() -> {
      if (!Files.isDirectory(dir) || app.jettyServer().server().isStopped()) {
        refresher.shutdown();
        return;
      }
      try {
        admin.refreshIfChanged();
      } catch (Exception e) {
        System.err.println("tracuu serve: không mở được lần ghi mới của chỉ mục: " + e);
      }
    }, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    return app;
  }

  /**
   * Starts the server on an index of a cluster: every route answered from it, writes (reindex, crawl) into it; the
   * crawl's state is kept in {@code data/crawl-<name>}.
   */
  public static Javalin start(Cluster cluster, String name, String host, int port, java.util.function.Supplier<String> adminKey,
      String origins, int perMinute, java.util.Set<String> trustedProxies) throws Exception {
    ClusterSearcher searcher = new ClusterSearcher(cluster, name);
    Admin admin = new ClusterAdmin(cluster, name, searcher, root().resolve("data/crawl-" + name));
    return Server.create(new Handlers(() -> searcher, adminKey, admin), origins, perMinute, trustedProxies).start(host, port);
  }

  /** Writes into an index of the cluster one operation at a time; searches see them at the cluster's next refresh. */
  private record ClusterAdmin(Cluster cluster, String name, ClusterSearcher searcher, Path crawlState) implements Admin {
    @Override
    public synchronized Map<String, Object> reindex() throws Exception {
      ClusterIndex idx = ClusterIndex.open(cluster, name);
      IndexJob.Summary s = new IndexJob(idx, System.err).run(bundledCorpus());
      return Map.of("status", s.failures().isEmpty() ? "ok" : "failures", "failures", s.failures(), "documents", idx.count());
    }

    @Override
    public synchronized Map<String, Object> crawl(List<String> seeds, int maxPages, double delaySeconds) throws Exception {
      CrawlConfig c = CrawlConfig.of(seeds).withMaxPages(maxPages).withDelay(Duration.ofMillis((long) (delaySeconds * 1000)));
      Files.createDirectories(crawlState);
      ClusterIndex idx = ClusterIndex.open(cluster, name);
      CrawlReport r = new Crawler(c, idx, crawlState, System.err).run();
      return Map.of("status", "ok", "report", r.toString(), "failures", r.failures, "documents", idx.count());
    }
  }

  /** Writes to the served index one operation at a time, then swaps in a searcher that sees them. */
  private record IndexAdmin(Path dir, AtomicReference<Searcher> current) implements Admin {
    @Override
    public synchronized Map<String, Object> reindex() throws Exception {
      IndexCommand.run(bundledCorpus(), dir, AnalyzerChoice.VIETNAMESE);
      swap();
      return Map.of("status", "ok", "documents", current.get().size());
    }

    @Override
    public synchronized Map<String, Object> crawl(List<String> seeds, int maxPages, double delaySeconds) throws Exception {
      CrawlConfig c = CrawlConfig.of(seeds).withMaxPages(maxPages).withDelay(Duration.ofMillis((long) (delaySeconds * 1000)));
      CrawlReport r;
      try (TracuuIndex idx = TracuuIndex.open(dir, AnalyzerChoice.VIETNAMESE)) {
        r = new Crawler(c, idx, dir, System.err).run();
      }
      swap();
      return Map.of("status", "ok", "report", r.toString(), "failures", r.failures, "documents", current.get().size());
    }

    /** Swaps in a searcher of the latest commit when another process has committed since. */
    synchronized void refreshIfChanged() throws java.io.IOException {
      if (!current.get().isCurrent()) swap();
    }

    /** Requests still running on the old searcher finish first: it is closed a minute later. */
    private void swap() throws java.io.IOException {
      Searcher old = current.getAndSet(new Searcher(dir));
      java.util.concurrent.CompletableFuture.delayedExecutor(60, java.util.concurrent.TimeUnit.SECONDS).execute(() -> {
        try {
          old.close();
        } catch (java.io.IOException e) {
          // nothing holds it any more
        }
      });
    }
  }

  private static boolean isEmpty(Path dir) throws java.io.IOException {
    try (var s = Files.list(dir)) {
      return s.noneMatch(p -> p.getFileName().toString().startsWith("segments_"));
    }
  }
}
