package vn.tracuu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.cluster.Cluster;
import vn.tracuu.cluster.ClusterIndex;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.IndexJob;
import vn.tracuu.index.TracuuIndex;

@Command(name = "index", description = "Lập chỉ mục thư mục (txt, html, pdf, doc, docx) và tệp JSON Lines (.jsonl, .jsonl.gz).")
final class IndexCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Thư mục, tệp hoặc tệp .jsonl[.gz]; lặp lại được") List<Path> inputs;
  @Option(names = "--index", description = "Thư mục chỉ mục (nhúng)") Path index;
  @Option(names = "--opensearch", description = "Thay cho --index: các nút của cụm OpenSearch, cách nhau bởi dấu phẩy (http://127.0.0.1:9200,...)") String opensearch;
  @Option(names = "--name", defaultValue = "tracuu", description = "Với --opensearch: tên chỉ mục trong cụm") String name;
  @Option(names = "--shards", defaultValue = "3", description = "Với --opensearch: số phân mảnh chính") int shards;
  @Option(names = "--replicas", defaultValue = "1", description = "Với --opensearch: số bản sao của mỗi phân mảnh") int replicas;
  @Option(names = "--analyzer", defaultValue = "vietnamese", description = "vietnamese | standard | icu") String analyzer;

  @Override
  public Integer call() throws Exception {
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        System.err.println("tracuu index: không tìm thấy đầu vào " + p);
        return 2;
      }
    }
    if ((index == null) == (opensearch == null)) {
      System.err.println("tracuu index: cần đúng một trong --index (chỉ mục nhúng) và --opensearch (cụm)");
      return 2;
    }
    if (opensearch != null) return cluster();
    AnalyzerChoice choice;
    try {
      choice = AnalyzerChoice.parse(analyzer);
    } catch (IllegalArgumentException e) {
      System.err.println("tracuu index: " + e.getMessage());
      return 2;
    }
    return run(inputs, index, choice) ? 0 : 1;
  }

  /** The same documents through the bulk API of a cluster (whose nodes have the analysis-tracuu plugin). */
  private int cluster() throws Exception {
    if (!"vietnamese".equals(analyzer)) {
      System.err.println("tracuu index: --opensearch chỉ dùng phân tích tiếng Việt (plugin analysis-tracuu)");
      return 2;
    }
    if (shards < 1 || replicas < 0) {
      System.err.println("tracuu index: --shards phải từ 1, --replicas từ 0");
      return 2;
    }
    ClusterIndex idx;
    try {
      idx = ClusterIndex.open(Cluster.connect(opensearch), name, shards, replicas);
    } catch (IllegalArgumentException | java.io.IOException e) {
      System.err.println("tracuu index: " + e.getMessage());
      return 2;
    }
    IndexJob.Summary s = new IndexJob(idx, System.err).run(inputs);
    return report(s, "chỉ mục " + name + " của cụm có " + idx.count() + " tài liệu") ? 0 : 1;
  }

  /** Prints the summary and each failure; false when any document failed. */
  private static boolean report(IndexJob.Summary s, String holds) {
    System.err.println("tracuu index: " + s + "; " + holds);
    s.failures().forEach(f -> System.err.println("  lỗi: " + f));
    return s.failures().isEmpty();
  }

  /** Indexes and prints the summary; false when any document failed. */
  static boolean run(List<Path> inputs, Path index, AnalyzerChoice choice) throws Exception {
    Files.createDirectories(index);
    try (TracuuIndex idx = TracuuIndex.open(index, choice)) {
      IndexJob.Summary s = new IndexJob(idx, System.err).run(inputs);
      // a batch (a tenth of the index or more) is merged into one segment; a small run from cron is left to the merge policy
      long changed = s.outcomes().getOrDefault(TracuuIndex.Outcome.ADDED, 0) + s.outcomes().getOrDefault(TracuuIndex.Outcome.UPDATED, 0);
      if (changed > 0 && changed * 10 >= idx.count()) idx.optimize();
      return report(s, "chỉ mục có " + idx.count() + " tài liệu (" + choice.name().toLowerCase() + ")");
    }
  }
}
