package vn.tracuu.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import vn.tracuu.extract.Dates;
import vn.tracuu.ingest.DocumentParser;
import vn.tracuu.ingest.DocumentType;
import vn.tracuu.ingest.ParsedDocument;

/**
 * Reads indexing inputs into {@link SourceDocument}s with stable ids: directories (txt, html, pdf, doc, docx,
 * recursively; id = the root's name and the path below it) and JSON Lines, plain or .gz (id = the JSON id).
 */
public final class Inputs {
  /** Receives each document. */
  public interface Sink {
    void accept(SourceDocument d) throws IOException;
  }

  /** Receives each input that could not be read, with where it was. */
  public interface Failure {
    void accept(String where, Exception e);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private Inputs() {}

  /** Reads every input in order; {@code expect} is told how many files a directory holds. */
  public static void read(List<Path> inputs, IntConsumer expect, Sink sink, Failure failure) throws IOException {
    read(inputs, expect, share -> {}, sink, failure);
  }

  /**
   * As {@link #read(List, IntConsumer, Sink, Failure)}; {@code reading} is given, for each JSON Lines file, the
   * share of its bytes read so far (compressed bytes for .gz), which is how far along the file is.
   */
  public static void read(List<Path> inputs, IntConsumer expect, java.util.function.Consumer<java.util.function.DoubleSupplier> reading,
      Sink sink, Failure failure) throws IOException {
    DocumentParser parser = new DocumentParser();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) directory(parser, in, expect, sink, failure);
      else if (in.getFileName().toString().matches("(?i).*\\.(jsonl|ndjson)(\\.gz)?")) jsonLines(in, reading, sink, failure);
      else if (Files.isRegularFile(in)) file(parser, in.toAbsolutePath().getParent(), in, sink, failure);
      else throw new IOException("không tìm thấy đầu vào: " + in);
    }
  }

  private static void directory(DocumentParser parser, Path root, IntConsumer expect, Sink sink, Failure failure) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|html?|pdf|docx?)"))
          .sorted().toList();
    }
    expect.accept(files.size());
    for (Path f : files) file(parser, root, f, sink, failure);
  }

  private static void file(DocumentParser parser, Path root, Path f, Sink sink, Failure failure) throws IOException {
    // the input root's own name keeps ids of two roots apart: seeds/000.txt, legal/01_2019_NQ-HĐTP.txt
    Path name = root.toAbsolutePath().normalize().getFileName();
    String id = (name == null ? "" : name + "/") + root.relativize(f).toString().replace('\\', '/');
    try {
      ParsedDocument p = parser.parse(f);
      String type = id.startsWith("legal/") ? DocumentType.LEGAL : DocumentType.guess(p.title(), p.text());
      LocalDate published = p.published() != null ? p.published()
          : Dates.first(p.text().substring(0, Math.min(400, p.text().length()))).orElse(null);
      sink.accept(new SourceDocument(id, p.title(), p.text(), null, published, p.source() == null ? "tệp" : p.source(), type, p.author()));
    } catch (IOException | RuntimeException e) {
      failure.accept(id, e);
    }
  }

  private static void jsonLines(Path f, java.util.function.Consumer<java.util.function.DoubleSupplier> reading, Sink sink,
      Failure failure) throws IOException {
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(f);
        InputStream raw = java.nio.channels.Channels.newInputStream(channel);
        InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      long size = Math.max(1, channel.size());
      reading.accept(() -> {
        try {
          return Math.min(1.0, channel.position() / (double) size);
        } catch (IOException e) {
          return 0;
        }
      });
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        try {
          JsonNode j = JSON.readTree(line);
          String id = text(j, "id");
          String body = text(j, "text");
          if (id == null || body == null) throw new IllegalArgumentException("thiếu trường \"id\" hoặc \"text\"");
          String pub = text(j, "published");
          LocalDate published = pub != null && pub.length() >= 10 ? LocalDate.parse(pub.substring(0, 10)) : null;
          String source = text(j, "source");
          if (source == null && id.contains("-")) source = id.substring(0, id.indexOf('-'));
          sink.accept(new SourceDocument(id, text(j, "title"), body, text(j, "url"), published, source,
              DocumentType.guess(text(j, "title"), body), text(j, "author")));
        } catch (IOException | RuntimeException e) {
          failure.accept(f.getFileName() + ":" + lineNo, e);
        }
      }
    }
  }

  private static String text(JsonNode j, String field) {
    JsonNode v = j.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
