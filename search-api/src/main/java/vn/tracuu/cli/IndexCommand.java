package vn.tracuu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.IndexJob;
import vn.tracuu.index.TracuuIndex;

@Command(name = "index", description = "Lập chỉ mục thư mục (txt, html, pdf, doc, docx) và tệp JSON Lines (.jsonl, .jsonl.gz).")
final class IndexCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Thư mục, tệp hoặc tệp .jsonl[.gz]; lặp lại được") List<Path> inputs;
  @Option(names = "--index", required = true, description = "Thư mục chỉ mục") Path index;
  @Option(names = "--analyzer", defaultValue = "vietnamese", description = "vietnamese | standard | icu") String analyzer;

  @Override
  public Integer call() throws Exception {
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        System.err.println("tracuu index: không tìm thấy đầu vào " + p);
        return 2;
      }
    }
    AnalyzerChoice choice;
    try {
      choice = AnalyzerChoice.parse(analyzer);
    } catch (IllegalArgumentException e) {
      System.err.println("tracuu index: " + e.getMessage());
      return 2;
    }
    return run(inputs, index, choice) ? 0 : 1;
  }

  /** Indexes and prints the summary; false when any document failed. */
  static boolean run(List<Path> inputs, Path index, AnalyzerChoice choice) throws Exception {
    Files.createDirectories(index);
    try (TracuuIndex idx = TracuuIndex.open(index, choice)) {
      IndexJob.Summary s = new IndexJob(idx, System.err).run(inputs);
      System.err.println("tracuu index: " + s + "; chỉ mục có " + idx.count() + " tài liệu (" + choice.name().toLowerCase() + ")");
      s.failures().forEach(f -> System.err.println("  lỗi: " + f));
      return s.failures().isEmpty();
    }
  }
}
