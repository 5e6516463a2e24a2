package vn.tracuu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.IndexJob;
import vn.tracuu.index.TracuuIndex;

/** Questions as people ask them, over the legal documents shipped in corpus/legal. */
class QuestionsTest {
  @TempDir static Path tmp;
  private static Searcher searcher;

  @BeforeAll
  static void index() throws Exception {
    Path index = tmp.resolve("index");
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      new IndexJob(idx, new PrintStream(java.io.OutputStream.nullOutputStream())).run(List.of(Path.of("../corpus/legal")));
    }
    searcher = new Searcher(index);
  }

  @Test
  void theWordsThatOnlyAskAreNotRequired() {
    // "gì" is nowhere in the decree that defines "dây họ"; the question must still find it
    for (String q : List.of("Dây họ là gì?", "day ho la gi", "Định nghĩa của dây họ?")) {
      SearchResult r = searcher.search(SearchRequest.of(q, 3));
      assertFalse(r.hits().isEmpty(), q);
      assertEquals("legal/19_2019_NĐ-CP.txt", r.hits().get(0).id(), q);
    }
  }

  @Test
  void aQuotedPhraseIsRequiredAndWithoutAnyTextTheQuotesAreDropped() {
    SearchResult exact = searcher.search(SearchRequest.of("\"chủ họ\" quyền", 10));
    assertFalse(exact.relaxed());
    assertTrue(exact.hits().stream().allMatch(h -> h.snippet().toLowerCase().contains("chủ</mark> <mark>họ")
        || h.snippet().toLowerCase().contains("chủ họ")), exact.hits().toString());
    SearchResult loose = searcher.search(SearchRequest.of("\"họ thành viên dây\"", 3));
    assertTrue(loose.relaxed());
    assertEquals("legal/19_2019_NĐ-CP.txt", loose.hits().get(0).id());
  }

  @Test
  void askingPhrasesAreFoundWithAndWithoutDiacritics() {
    var clauses = QueryUnderstanding.clauses("Người lao động được nghỉ bao nhiêu ngày? hay không");
    boolean[] asking = QueryUnderstanding.asking(clauses);
    assertEquals("[false, false, false, false, false, true, true, false, true, true]", java.util.Arrays.toString(asking));
    assertTrue(QueryUnderstanding.asking(QueryUnderstanding.clauses("viec lam la gi"))[3]);
    assertFalse(QueryUnderstanding.asking(QueryUnderstanding.clauses("\"là gì\""))[0], "quoted words are what the user wants");
  }
}
