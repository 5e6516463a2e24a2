package vn.tracuu.cli;

import vn.tracuu.io.Json;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tracuu.search.SearchRequest;
import vn.tracuu.search.SearchResult;
import vn.tracuu.search.Searcher;

@Command(name = "search", description = "Tìm kiếm trong chỉ mục (cho script).")
final class SearchCommand implements Callable<Integer> {
  @Option(names = "--index", description = "Thư mục chỉ mục (mặc định: data/index)") Path index;
  @Option(names = "--json", description = "In JSON như /api/search") boolean json;
  @Option(names = "--limit", defaultValue = "10") int limit;
  @Parameters(index = "0", description = "Truy vấn") String query;

  @Override
  public Integer call() throws Exception {
    Path dir = index == null ? ServeCommand.defaultIndex() : index;
    if (!java.nio.file.Files.isDirectory(dir)) {
      System.err.println("tracuu search: chưa có chỉ mục ở " + dir + " (chạy ./tracuu index hoặc ./tracuu serve)");
      return 2;
    }
    try (Searcher s = new Searcher(dir)) {
      SearchResult r = s.search(SearchRequest.of(query, limit));
      if (json) {
        System.out.println(Json.write(r));
        return 0;
      }
      if (r.didYouMean() != null) System.out.println("Có phải bạn muốn tìm: " + r.didYouMean());
      if (r.relaxed()) System.out.println("Không văn bản nào khớp đúng mọi từ; kết quả gần đúng:");
      System.out.println(r.total() + " kết quả (" + r.tookMs() + " ms)");
      for (SearchResult.Hit h : r.hits()) {
        System.out.printf("%6.2f  %s  %s%n        %s%n", h.score(), h.id(), h.title(),
            org.jsoup.parser.Parser.unescapeEntities(h.snippet().replace("<mark>", "[").replace("</mark>", "]").replace("\n", " "), false));
      }
      return 0;
    }
  }
}
