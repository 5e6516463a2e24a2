package vn.tracuu.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.api.Handlers;
import vn.tracuu.api.Server;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.search.Searcher;

@Command(name = "serve", description = "Chạy API và trang demo; lần đầu tự lập chỉ mục kho văn bản kèm theo (corpus/).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", description = "Thư mục chỉ mục (mặc định: data/index)") Path index;
  @Option(names = "--port", defaultValue = "7070") int port;

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
    Path dir = index == null ? defaultIndex() : index;
    if (!Files.isDirectory(dir) || isEmpty(dir)) {
      System.err.println("tracuu serve: lập chỉ mục kho văn bản kèm theo vào " + dir + " ...");
      IndexCommand.run(bundledCorpus(), dir, AnalyzerChoice.VIETNAMESE);
    }
    start(dir, port, System.getenv("TRACUU_ADMIN_KEY"), System.getenv().getOrDefault("TRACUU_CORS_ORIGINS", "*"));
    System.err.println("tracuu serve: http://localhost:" + port + "/  (API: /api/search?q=..., đặc tả: /openapi.json)");
    Thread.currentThread().join();
    return 0;
  }

  /** Starts the server on an index; port 0 picks a free one. */
  public static Javalin start(Path dir, int port, String adminKey, String origins) throws Exception {
    AtomicReference<Searcher> current = new AtomicReference<>(new Searcher(dir));
    Runnable reindex = () -> {
      try {
        IndexCommand.run(bundledCorpus(), dir, AnalyzerChoice.VIETNAMESE);
        Searcher old = current.getAndSet(new Searcher(dir));
        old.close();
      } catch (Exception e) {
        throw new IllegalStateException("reindex failed: " + e.getMessage(), e);
      }
    };
    return Server.create(new Handlers(current::get, adminKey, reindex), origins).start(port);
  }

  private static boolean isEmpty(Path dir) throws java.io.IOException {
    try (var s = Files.list(dir)) {
      return s.noneMatch(p -> p.getFileName().toString().startsWith("segments_"));
    }
  }
}
