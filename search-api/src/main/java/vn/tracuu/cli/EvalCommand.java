package vn.tracuu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tracuu.eval.ApiRanker;
import vn.tracuu.eval.Evaluation;
import vn.tracuu.eval.Judge;
import vn.tracuu.eval.Topics;
import vn.tracuu.search.Ranker;
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
  @Option(names = "--api", description = "Đánh giá một máy chủ đang chạy qua /api/search (http://127.0.0.1:7070), chỉ mục nào nó phục vụ cũng được") String api;

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
    if (indexes.isEmpty() && opensearch == null && api == null) {
      System.err.println("tracuu eval: cần --index, --opensearch hoặc --api");
      return 2;
    }
    Map<String, Ranker> others = new LinkedHashMap<>(); // what is evaluated besides the embedded indexes
    try {
      if (opensearch != null) others.put(opensearch + " " + name, new vn.tracuu.cluster.ClusterSearcher(vn.tracuu.cluster.Cluster.connect(opensearch), name));
      if (api != null) others.put(api + " /api/search", new ApiRanker(api));
    } catch (IllegalArgumentException e) {
      System.err.println("tracuu eval: " + e.getMessage());
      return 2;
    }
    List<Topics.Query> qs;
    Map<String, Map<String, Integer>> js;
    String of = "";
    if (questions != null) {
      if (!Files.isRegularFile(questions)) {
        System.err.println("tracuu eval: không có tệp " + questions);
        return 2;
      }
      var set = Topics.questions(questions);
      qs = set.queries();
      js = set.judgments();
      of = "; " + questions;
    } else {
      for (Path p : List.of(q, j)) {
        if (!Files.isRegularFile(p)) {
          System.err.println("tracuu eval: không có tệp " + p);
          return 2;
        }
      }
      qs = Topics.queries(q);
      js = Topics.judgments(j);
    }
    for (var e : others.entrySet()) {
      System.out.println("== " + e.getKey() + (of.isEmpty() ? "" : " (" + of.substring(2) + ")"));
      System.out.print(Evaluation.table(Evaluation.run(e.getValue(), qs, js, perQuery ? System.out : null)));
    }
    for (Path index : indexes) {
      try (Searcher s = new Searcher(index)) {
        System.out.println("== " + index + " (" + s.analyzer().name().toLowerCase() + ", " + s.size() + " tài liệu" + of + ")");
        System.out.print(Evaluation.table(Evaluation.run(s, qs, js, perQuery ? System.out : null)));
      }
    }
    return 0;
  }
}
