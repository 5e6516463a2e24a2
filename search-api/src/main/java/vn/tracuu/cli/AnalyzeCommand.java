package vn.tracuu.cli;

import vn.tracuu.io.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tracuu.analysis.Analysis;

@Command(name = "analyze", description = "In các token của văn bản theo từng cách phân tích (như _analyze của Elasticsearch).")
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "Văn bản cần phân tích") String text;
  @Option(names = "--json", description = "In JSON") boolean json;

  @Override
  public Integer call() throws Exception {
    var views = Analysis.analyze(text);
    if (json) {
      System.out.println(Json.pretty(views));
      return 0;
    }
    for (var e : views.entrySet()) {
      System.out.println("== " + e.getKey());
      for (var t : e.getValue()) {
        System.out.printf("  %-22s [%d-%d] pos=%d %s%n", t.term(), t.start(), t.end(), t.position(), t.type());
      }
    }
    return 0;
  }
}
