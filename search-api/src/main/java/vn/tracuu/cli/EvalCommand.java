package vn.tracuu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.eval.Evaluation;
import vn.tracuu.eval.Judge;
import vn.tracuu.eval.Topics;
import vn.tracuu.search.Searcher;

@Command(name = "eval", description = "Đánh giá chất lượng tìm kiếm (nDCG@10, MRR, Recall@100) trên bộ truy vấn có đánh giá; --judge để lập lại đánh giá từ quy tắc.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--index", description = "Chỉ mục cần đánh giá; lặp lại để so sánh") List<Path> indexes = new ArrayList<>();
  @Option(names = "--queries", description = "Mặc định: corpus/eval/queries.tsv") Path queries;
  @Option(names = "--topics", description = "Mặc định: corpus/eval/topics.tsv") Path topics;
  @Option(names = "--judgments", description = "Mặc định: corpus/eval/judgments.tsv") Path judgments;
  @Option(names = "--judge", description = "Lập tệp đánh giá từ quy tắc của topics.tsv trên các --input") boolean judge;
  @Option(names = "--input", description = "Với --judge: đầu vào như của index") List<Path> inputs = new ArrayList<>();
  @Option(names = "--questions", description = "Bộ câu hỏi của người khác (JSON Lines: qid, query, relevant), thay cho corpus/eval") Path questions;
  @Option(names = "--per-query", description = "In kết quả từng truy vấn") boolean perQuery;
  @Option(names = "--opensearch", description = "Đánh giá chỉ mục của cụm OpenSearch (các nút, cách nhau bởi dấu phẩy) thay cho --index") String opensearch;
  @Option(names = "--name", defaultValue = "tracuu", description = "Với --opensearch: tên chỉ mục trong cụm") String name;

  @Override
  public Integer call() throws Exception {
    Path dir = ServeCommand.root().resolve("corpus/eval");
    Path q = queries == null ? dir.resolve("queries.tsv") : queries;
    Path t = topics == null ? dir.resolve("topics.tsv") : topics;
    Path j = judgments == null ? dir.resolve("judgments.tsv") : judgments;
    if (judge) {
      if (inputs.isEmpty()) {
        System.err.println("tracuu eval --judge: cần --input");
        return 2;
      }
      int n = Judge.write(Topics.topics(t), inputs, j);
      System.err.println("tracuu eval: " + n + " đánh giá ghi vào " + j);
      return 0;
    }
    if (indexes.isEmpty() && opensearch == null) {
      System.err.println("tracuu eval: cần --index hoặc --opensearch");
      return 2;
    }
    vn.tracuu.cluster.ClusterSearcher cluster = null;
    if (opensearch != null) {
      try {
        cluster = new vn.tracuu.cluster.ClusterSearcher(vn.tracuu.cluster.Cluster.connect(opensearch), name);
      } catch (IllegalArgumentException e) {
        System.err.println("tracuu eval: " + e.getMessage());
        return 2;
      }
    }
    if (questions != null) {
      if (!Files.isRegularFile(questions)) {
        System.err.println("tracuu eval: không có tệp " + questions);
        return 2;
      }
      var set = Topics.questions(questions);
      if (cluster != null) {
        System.out.println("== " + opensearch + " " + name + " (" + questions + ")");
        System.out.print(Evaluation.table(Evaluation.run(cluster, set.queries(), set.judgments(), perQuery ? System.out : null)));
      }
      for (Path index : indexes) {
        try (Searcher s = new Searcher(index)) {
          System.out.println("== " + index + " (" + s.analyzer().name().toLowerCase() + ", " + s.size() + " tài liệu; " + questions + ")");
          System.out.print(Evaluation.table(Evaluation.run(s, set.queries(), set.judgments(), perQuery ? System.out : null)));
        }
      }
      return 0;
    }
    for (Path p : List.of(q, j)) {
      if (!Files.isRegularFile(p)) {
        System.err.println("tracuu eval: không có tệp " + p);
        return 2;
      }
    }
    var qs = Topics.queries(q);
    var js = Topics.judgments(j);
    if (cluster != null) {
      System.out.println("== " + opensearch + " " + name);
      System.out.print(Evaluation.table(Evaluation.run(cluster, qs, js, perQuery ? System.out : null)));
    }
    for (Path index : indexes) {
      try (Searcher s = new Searcher(index)) {
        System.out.println("== " + index + " (" + s.analyzer().name().toLowerCase() + ", " + s.size() + " tài liệu)");
        System.out.print(Evaluation.table(Evaluation.run(s, qs, js, perQuery ? System.out : null)));
      }
    }
    return 0;
  }
}
