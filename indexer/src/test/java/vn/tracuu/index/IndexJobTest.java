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
  }
}
