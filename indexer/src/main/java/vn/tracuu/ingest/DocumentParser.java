package vn.tracuu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Turns files into text: plain text as is, HTML through {@link MainContent} (the article, not the page chrome),
 * PDF, DOC and DOCX through Apache Tika; with a size limit and a time limit per file.
 */
public final class DocumentParser {
  public static final long MAX_BYTES = 50L << 20;
  public static final int MAX_CHARS = 5_000_000;
  private static final long TIME_LIMIT_SECONDS = 30;
  private static final ExecutorService TIKA = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "tika");
    t.setDaemon(true);
    return t;
  });
  private final AutoDetectParser tika = new AutoDetectParser();
  private final long timeLimitSeconds;

  public DocumentParser() {
    this(TIME_LIMIT_SECONDS);
  }

  /** @param timeLimitSeconds the longest one file may take to read (HTML as much as PDF or DOCX) */
  public DocumentParser(long timeLimitSeconds) {
    this.timeLimitSeconds = timeLimitSeconds;
  }

  /** Parses a file by its name's extension (txt, html, htm, pdf, doc, docx). */
  public ParsedDocument parse(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) throw new IOException("tệp quá lớn (> " + (MAX_BYTES >> 20) + " MB): " + file);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, name, null);
    }
  }

  /** Parses a stream; {@code name} (its extension) or {@code contentType} tells the format. */
  public ParsedDocument parse(InputStream in, String name, String contentType) throws IOException {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt") || ct.startsWith("text/plain")) {
      String text = plainText(in.readNBytes(MAX_CHARS * 2));
      String legacy = LegacyEncoding.of(text);
      if (legacy != null) {
        throw new UnreadableDocumentException("văn bản mã " + legacy + " (phông chữ cũ), chưa chuyển được sang Unicode: "
            + "hãy lưu lại dưới dạng Unicode (UTF-8): " + (name == null ? "" : name), null);
      }
      return new ParsedDocument(firstLine(text), text, null, null, null, "text/plain");
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || ct.contains("html")) {
      // 100,000 nested <div> take Jsoup minutes: HTML has the same time limit as what Tika reads
      String html = new String(in.readNBytes((int) MAX_BYTES), StandardCharsets.UTF_8);
      return within(() -> MainContent.parse(html, null), n);
    }
    return tika(in, n);
  }

  private ParsedDocument tika(InputStream in, String name) throws IOException {
    Metadata meta = new Metadata();
    meta.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    within(() -> {
      tika.parse(in, handler, meta, new ParseContext());
      return null;
    }, name);
    String text = Paragraphs.rebuild(handler.toString());
    String title = meta.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()) title = firstLine(text);
    String author = meta.get(TikaCoreProperties.CREATOR);
    java.time.LocalDate date = null;
    var created = meta.getDate(TikaCoreProperties.CREATED);
    if (created != null) date = created.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    return new ParsedDocument(title, text, date, author, null, meta.get(Metadata.CONTENT_TYPE));
  }

  /** Runs one parse on the parser threads, at most {@link #timeLimitSeconds}. */
  private <T> T within(java.util.concurrent.Callable<T> parse, String name) throws IOException {
    Future<T> job = TIKA.submit(parse);
    try {
      return job.get(timeLimitSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new UnreadableDocumentException("đọc tệp quá " + timeLimitSeconds + " s: " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("bị ngắt: " + name);
    } catch (java.util.concurrent.ExecutionException e) {
      // whatever the parser fails with (TikaException, a zip bomb refused by POI, an allocation it will not make,
      // a corrupt structure) is the document's fault
      Throwable c = e.getCause();
      throw new UnreadableDocumentException("không đọc được " + name + ": " + c.getMessage(), c);
    }
  }

  /**
   * A plain text's characters: UTF-8 when its bytes are UTF-8, else Windows-1258, the Vietnamese code page of
   * older Windows texts (its tone marks are combining characters, composed later by normalization).
   */
  static String plainText(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return java.text.Normalizer.normalize(new String(bytes, java.nio.charset.Charset.forName("windows-1258")), java.text.Normalizer.Form.NFC);
    }
  }

  /** The title of a plain text: its first line that is more than a date or a dateline. */
  static String firstLine(String text) {
    String fallback = "";
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      if (fallback.isEmpty()) fallback = l;
      if (l.length() < 40 && vn.tracuu.extract.Dates.first(l).isPresent()) continue;
      return l.length() > 200 ? l.substring(0, 200) : l;
    }
    return fallback;
  }
}
