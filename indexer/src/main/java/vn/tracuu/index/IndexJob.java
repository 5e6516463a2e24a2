package vn.tracuu.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import vn.tracuu.extract.Dates;
import vn.tracuu.ingest.DocumentParser;
import vn.tracuu.ingest.ParsedDocument;

/**
 * Indexes inputs: directories (txt, html, pdf, doc, docx, recursively) and JSON Lines files (plain or .gz).
 * Commits every {@value #COMMIT_EVERY} documents; a document that fails is reported and skipped.
 */
public final class IndexJob {
  static final int COMMIT_EVERY = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts by outcome, and the reason of each failure. */
  public record Summary(Map<TracuuIndex.Outcome, Integer> outcomes, List<String> failures, long chars, double seconds) {
    public int total() {
      return outcomes.values().stream().mapToInt(Integer::intValue).sum() + failures.size();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "thêm %d, cập nhật %d, không đổi %d, trùng lặp %d, lỗi %d; %.1f s, %.0f tài liệu/s, %.2f MB/s",
          outcomes.getOrDefault(TracuuIndex.Outcome.ADDED, 0), outcomes.getOrDefault(TracuuIndex.Outcome.UPDATED, 0),
          outcomes.getOrDefault(TracuuIndex.Outcome.UNCHANGED, 0), outcomes.getOrDefault(TracuuIndex.Outcome.DUPLICATE, 0),
          failures.size(), seconds, total() / Math.max(seconds, 1e-9), chars / 1e6 / Math.max(seconds, 1e-9));
    }
  }

  private final TracuuIndex index;
  private final PrintStream log;
  private final DocumentParser parser = new DocumentParser();
  private final Map<TracuuIndex.Outcome, Integer> outcomes = new EnumMap<>(TracuuIndex.Outcome.class);
  private final List<String> failures = new ArrayList<>();
  private final Progress progress;
  private long chars;
  private int sinceCommit;

  public IndexJob(TracuuIndex index, PrintStream log) {
    this.index = index;
    this.log = log;
    this.progress = new Progress(log);
  }

  /** Indexes every input, committing as it goes and at the end. */
  public Summary run(List<Path> inputs) throws IOException {
    long t0 = System.nanoTime();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) directory(in);
      else if (in.getFileName().toString().matches("(?i).*\\.jsonl(\\.gz)?|.*\\.ndjson(\\.gz)?")) jsonLines(in);
      else if (Files.isRegularFile(in)) file(in.getParent() == null ? Path.of(".") : in.getParent(), in);
      else throw new IOException("không tìm thấy đầu vào: " + in);
    }
    index.commit();
    progress.done();
    return new Summary(outcomes, failures, chars, (System.nanoTime() - t0) / 1e9);
  }

  private void directory(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|html?|pdf|docx?)"))
          .sorted().toList();
    }
    progress.expect(files.size());
    for (Path f : files) file(root, f);
  }

  private void file(Path root, Path f) throws IOException {
    // the input root's own name keeps ids of two roots apart: seeds/000.txt, legal/01_2019_NQ-HĐTP.txt
    String top = root.toAbsolutePath().normalize().getFileName() == null ? "" : root.toAbsolutePath().normalize().getFileName() + "/";
    String id = top + root.relativize(f).toString().replace('\\', '/');
    try {
      ParsedDocument p = parser.parse(f);
      String type = id.startsWith("legal/") ? "van-ban" : vn.tracuu.ingest.DocumentType.guess(p.title(), p.text());
      LocalDate published = p.published() != null ? p.published() : Dates.first(p.text().substring(0, Math.min(400, p.text().length()))).orElse(null);
      put(new SourceDocument(id, p.title(), p.text(), null, published, p.source() == null ? "tệp" : p.source(), type));
    } catch (IOException | RuntimeException e) {
      fail(id, e);
    }
  }

  private void jsonLines(Path f) throws IOException {
    try (InputStream raw = Files.newInputStream(f);
        InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        String where = f.getFileName() + ":" + lineNo;
        try {
          JsonNode j = JSON.readTree(line);
          String id = text(j, "id");
          String body = text(j, "text");
          if (id == null || body == null) throw new IllegalArgumentException("thiếu trường \"id\" hoặc \"text\"");
          LocalDate published = null;
          String pub = text(j, "published");
          if (pub != null) published = pub.length() >= 10 ? LocalDate.parse(pub.substring(0, 10)) : null;
          String source = text(j, "source");
          if (source == null && id.contains("-")) source = id.substring(0, id.indexOf('-'));
          put(new SourceDocument(id, text(j, "title"), body, text(j, "url"), published, source, "tin-bai"));
        } catch (IOException | RuntimeException e) {
          fail(where, e);
        }
      }
    }
  }

  private void put(SourceDocument d) throws IOException {
    outcomes.merge(index.put(d), 1, Integer::sum);
    chars += d.text().length();
    progress.tick();
    if (++sinceCommit >= COMMIT_EVERY) {
      index.commit();
      sinceCommit = 0;
    }
  }

  private void fail(String where, Exception e) {
    failures.add(where + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    progress.tick();
  }

  private static String text(JsonNode j, String field) {
    JsonNode v = j.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
