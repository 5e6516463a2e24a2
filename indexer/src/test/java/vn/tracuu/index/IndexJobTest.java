package vn.tracuu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexJobTest {
  @TempDir Path tmp;
  private final PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());

  private IndexJob.Summary index(Path index, Path... inputs) throws Exception {
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      return new IndexJob(idx, quiet).run(List.of(inputs));
    }
  }

  /** The seeds and the legal texts indexed in two runs, then merged: one segment, the same texts and answers. */
  @Test
  void optimizingKeepsEveryTextAndAnswer() throws Exception {
    Path root = Path.of(System.getProperty("tracuu.root", ".."));
    Path index = tmp.resolve("merged");
    index(index, root.resolve("corpus/seeds"));
    index(index, root.resolve("corpus/legal"));
    List<String> before, after;
    try (vn.tracuu.search.Searcher s = new vn.tracuu.search.Searcher(index)) {
      assertTrue(s.indexSearcher().getIndexReader().leaves().size() > 1, "two runs, two segments at least");
      before = answers(s);
    }
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      idx.optimize();
      assertEquals(52, idx.count());
    }
    try (vn.tracuu.search.Searcher s = new vn.tracuu.search.Searcher(index)) {
      assertEquals(1, s.indexSearcher().getIndexReader().leaves().size());
      after = answers(s);
    }
    assertEquals(before, after);
  }

  private static List<String> answers(vn.tracuu.search.Searcher s) {
    List<String> out = new java.util.ArrayList<>();
    for (String q : List.of("chỉ thị 05", "ket nap dang vien", "Điều 4 Luật Doanh nghiệp", "nghị quyết 37-NQ/TU")) {
      var r = s.search(vn.tracuu.search.SearchRequest.of(q, 10));
      out.add(q + " " + r.total() + " " + r.facets());
      // equal scores come in the order of document numbers, which a merge renumbers: ties are compared by id,
      // and a tie at the page's end (which of them made the page) is left out
      var hits = r.hits();
      float last = hits.isEmpty() ? Float.NaN : hits.get(hits.size() - 1).score();
      hits.stream()
          .filter(h -> hits.size() < 10 || h.score() != last)
          .sorted(java.util.Comparator.comparing((vn.tracuu.search.SearchResult.Hit h) -> -h.score())
              .thenComparing(h -> h.id()))
          .forEach(h -> out.add(h.id() + " " + h.score() + " " + h.copies()));
    }
    return out;
  }

  @Test
  void badDocumentsAreReportedAndSkippedAndRerunsUpdateInPlace() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Chỉ thị số 05-CT/TW của Bộ Chính trị. Kết nạp 72 đảng viên.");
    Files.writeString(docs.resolve("b.html"), "<html><body><article><p>" + "Nghị quyết số 37-NQ/TU của Tỉnh ủy Yên Bái. ".repeat(5)
        + "</p></article></body></html>");
    Files.write(docs.resolve("broken.pdf"), "%PDF-1.7 không phải PDF".getBytes(StandardCharsets.UTF_8));
    Path jsonl = tmp.resolve("news.jsonl.gz");
    try (var out = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(jsonl)), StandardCharsets.UTF_8)) {
      out.write("{\"id\": \"n-1\", \"title\": \"Tin 1\", \"text\": \"Đảng bộ có 45.239 đảng viên.\", \"published\": \"2018-05-02\"}\n");
      out.write("{không phải JSON\n");
      out.write("{\"id\": \"n-2\", \"title\": \"Tin 2\"}\n");
      out.write("{\"id\": \"n-3\", \"text\": \"Đảng bộ có 45.239 đảng viên.\"}\n"); // same text as n-1
    }
    Path index = tmp.resolve("index");
    IndexJob.Summary first = index(index, docs, jsonl);
    assertEquals(3, first.outcomes().get(TracuuIndex.Outcome.ADDED), first.toString());
    assertEquals(1, first.outcomes().get(TracuuIndex.Outcome.DUPLICATE));
    assertEquals(3, first.failures().size(), first.failures().toString());
    assertTrue(first.failures().stream().anyMatch(f -> f.startsWith("docs/broken.pdf")));
    assertTrue(first.failures().stream().anyMatch(f -> f.startsWith("news.jsonl.gz:2")));

    Files.writeString(docs.resolve("a.txt"), "Chỉ thị số 05-CT/TW của Bộ Chính trị. Kết nạp 73 đảng viên.");
    IndexJob.Summary second = index(index, docs, jsonl);
    assertEquals(1, second.outcomes().get(TracuuIndex.Outcome.UPDATED), second.toString());
    assertEquals(2, second.outcomes().get(TracuuIndex.Outcome.UNCHANGED));
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      assertEquals(3, idx.count());
    }
    // the copy without a title of its own is an alias: one text, found under either id (workers run in any order)
    try (vn.tracuu.search.Searcher s = new vn.tracuu.search.Searcher(index)) {
      assertOneText(s, "n-1", "n-3");
    }
  }

  @Test
  void articlesOfDifferentLawsThatShareATextStayDistinctWhileCopiesBecomeAliases() throws Exception {
    String article = "Điều 3. Giải thích từ ngữ. Trong Luật này, người lao động là người làm việc cho người sử dụng lao động.";
    Path jsonl = tmp.resolve("laws.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\": \"10/2012/QH13@3\", \"title\": \"Bộ luật Lao động 2012, Điều 3\", \"text\": \"" + article + "\"}",
        "{\"id\": \"45/2019/QH14@3\", \"title\": \"Bộ luật Lao động 2019, Điều 3\", \"text\": \"" + article + "\"}",
        "{\"id\": \"tin-a\", \"title\": \"Thông báo tuyển dụng\", \"text\": \"Cần tuyển 5 kỹ sư cầu đường.\"}",
        "{\"id\": \"tin-a-copy\", \"title\": \"Thông báo  tuyển dụng\", \"text\": \"Cần tuyển 5 kỹ sư cầu đường.\"}",
        "{\"id\": \"tin-b\", \"title\": \"Thông báo của phường 3\", \"text\": \"Cần tuyển 5 kỹ sư cầu đường.\"}") + "\n");
    Path index = tmp.resolve("laws-index");
    IndexJob.Summary s = index(index, jsonl);
    assertEquals(3, s.outcomes().get(TracuuIndex.Outcome.ADDED), s.toString());
    assertEquals(2, s.outcomes().get(TracuuIndex.Outcome.DUPLICATE), s.toString());
    try (vn.tracuu.search.Searcher searcher = new vn.tracuu.search.Searcher(index)) {
      List<String> both = searcher.ids("người lao động là người làm việc", 10);
      assertTrue(both.containsAll(List.of("10/2012/QH13@3", "45/2019/QH14@3")), both.toString());
      // the same story under another headline is a copy too
      assertOneText(searcher, "tin-a", "tin-a-copy", "tin-b");
    }
  }

  @Test
  void aStoryRepublishedWithAChangedSentenceIsOneHitWithItsCopies() throws Exception {
    String story = java.nio.file.Files.readString(Path.of("../corpus/seeds/004_259665a0c3b3c4b2.txt"));
    String edited = story.replaceFirst("Yên Bái", "tỉnh Yên Bái");
    Path jsonl = tmp.resolve("news.jsonl");
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    Files.writeString(jsonl, String.join("\n",
        json.writeValueAsString(java.util.Map.of("id", "bao-a-1", "title", "Đưa nghị quyết vào cuộc sống", "text", story)),
        json.writeValueAsString(java.util.Map.of("id", "bao-b-7", "title", "Yên Bái đưa nghị quyết vào cuộc sống", "text", edited)),
        json.writeValueAsString(java.util.Map.of("id", "bao-c-2", "title", "Một tin khác", "text", "Kết nạp 45 đảng viên mới tại Yên Bái trong năm."))) + "\n");
    Path index = tmp.resolve("near-index");
    assertEquals(3, index(index, jsonl).outcomes().get(TracuuIndex.Outcome.ADDED), "both stories are kept");
    try (vn.tracuu.search.Searcher s = new vn.tracuu.search.Searcher(index)) {
      var r = s.search(vn.tracuu.search.SearchRequest.of("kết nạp đảng viên Yên Bái", 10));
      assertEquals(3, r.total(), "counts are of texts");
      assertEquals(2, r.hits().size(), "the republished story is one hit: " + r.hits());
      var story1 = r.hits().stream().filter(h -> h.id().startsWith("bao-a") || h.id().startsWith("bao-b")).findFirst().orElseThrow();
      assertEquals(1, story1.copies());
      assertEquals(3, s.ids("kết nạp đảng viên Yên Bái", 10).size(), "evaluation ranks every text");
    }
  }

  /** The ids name one stored text (whichever a worker indexed first), the others its aliases. */
  private static void assertOneText(vn.tracuu.search.Searcher s, String... ids) throws Exception {
    String holder = s.stored(ids[0]).get(Fields.ID);
    java.util.Set<String> copies = new java.util.TreeSet<>(List.of(ids));
    copies.remove(holder);
    for (String id : ids) assertEquals(holder, s.stored(id).get(Fields.ID), id);
    assertEquals(copies, new java.util.TreeSet<>(List.of(s.stored(holder).getValues(Fields.ALIASES))));
  }
}
