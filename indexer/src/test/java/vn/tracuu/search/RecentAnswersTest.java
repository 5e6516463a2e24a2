package vn.tracuu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.IndexJob;
import vn.tracuu.index.TracuuIndex;

/** The answers a searcher keeps for repeated searches are of its own commit only. */
class RecentAnswersTest {
  @TempDir Path tmp;

  private void index(Path index, Path input) throws Exception {
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      new IndexJob(idx, new PrintStream(java.io.OutputStream.nullOutputStream())).run(List.of(input));
    }
  }

  @Test
  void aCommitIsSeenByTheNextSearcherNotHiddenByKeptAnswers() throws Exception {
    Path index = tmp.resolve("index");
    index(index, Path.of("../corpus/seeds"));
    SearchRequest asked = SearchRequest.of("Chỉ thị 05-CT/TW", 10);
    try (Searcher before = new Searcher(index)) {
      SearchResult first = before.search(asked);
      assertSame(first, before.search(asked), "a repeated search is answered from what was kept");
      assertThrows(UnsupportedOperationException.class, () -> first.hits().clear(), "a kept answer cannot change");

      Path more = Files.createDirectories(tmp.resolve("more"));
      Files.writeString(more.resolve("bao-cao.txt"), "Báo cáo sơ kết việc thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị\n\n"
          + "Đảng bộ huyện đã tổ chức học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW.\n");
      index(index, more);
      try (Searcher after = new Searcher(index)) {
        SearchResult now = after.search(asked);
        assertEquals(first.total() + 1, now.total(), "the new text is found by the searcher of the new commit");
        assertEquals(first.total(), before.search(asked).total(), "the old searcher keeps its own commit's answer");
      }
    }
  }
}
