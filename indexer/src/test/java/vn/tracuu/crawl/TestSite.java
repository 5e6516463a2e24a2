package vn.tracuu.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small provincial news site on 127.0.0.1, built from the seed articles wrapped in realistic page chrome:
 * robots.txt with a disallowed path, a sitemap, an RSS feed, a DOCX and a PDF attachment, a near-duplicate page,
 * a redirect, an English page. Answers conditional requests with 304 and counts the 200s per path.
 */
final class TestSite implements AutoCloseable {
  final HttpServer server;
  final String base;
  final Map<String, AtomicInteger> full = new ConcurrentHashMap<>();
  private final Map<String, byte[]> bodies = new LinkedHashMap<>();
  private final Map<String, String> types = new LinkedHashMap<>();

  TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    String a = seed("000_2c9bca8045392e31"), b = seed("002_28107783c06f4d80"), c = seed("003_f7b0d7ec67d0c555"), d = seed("004_259665a0c3b3c4b2");
    page("/index.html", "<html><head><title>Báo Tỉnh</title></head><body>" + chrome() + "<ul>"
        + "<li><a href='/news/a.html'>Bài A</a></li><li><a href='/news/a-copy.html?utm_source=home#top'>Bài A (bản khác)</a></li>"
        + "<li><a href='/old-b'>Bài B</a></li><li><a href='/private/secret.html'>Nội bộ</a></li>"
        + "<li><a href='/files/report.docx'>Báo cáo (DOCX)</a></li><li><a href='/files/report.pdf'>Báo cáo (PDF)</a></li>"
        + "<li><a href='/news/english.html'>English</a></li><li><a href='http://example.invalid/x'>Liên kết ngoài</a></li>"
        + "<li><a href='/img/logo.png'>logo</a></li></ul>" + footer() + "</body></html>");
    page("/news/a.html", article("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "2021-11-23", a));
    page("/news/a-copy.html", article("Đẩy mạnh học tập và làm theo Bác", "2021-11-23",
        a.replaceFirst("Thời gian qua", "Trong thời gian qua")).replace("Tin liên quan", "Cùng chuyên mục"));
    page("/news/b.html", article("Thiết thực học và làm theo Bác ở Đảng bộ Khối Các cơ quan tỉnh", "2018-07-23", b));
    page("/news/c.html", article("Đạ Tẻh: Công tác xây dựng Đảng tiếp tục được đổi mới", "2024-02-02", c));
    page("/news/d.html", article("Yên Bái: hai năm thực hiện Nghị quyết số 37-NQ/TU", "2023-08-18", d));
    page("/private/secret.html", article("Tài liệu nội bộ", "2024-01-01", "Nội dung không được phép thu thập. " + b));
    page("/news/english.html", article("Provincial news in English", "2024-01-01",
        "The provincial party committee held a conference on building the party. ".repeat(20)));
    redirect("/old-b", "/news/b.html");
    raw("/robots.txt", "text/plain", ("User-agent: *\nDisallow: /private/\nSitemap: " + base + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
    raw("/sitemap.xml", "application/xml", ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        + "<url><loc>" + base + "/news/d.html</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
    raw("/rss.xml", "application/rss+xml", ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Báo Tỉnh</title>"
        + "<link>" + base + "/</link><description>Tin mới</description><item><title>Đạ Tẻh</title><link>" + base
        + "/news/c.html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
    raw("/files/report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx("Báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW", "Toàn Đảng bộ kết nạp 72 đảng viên đạt 107,46% kế hoạch."));
    raw("/files/report.pdf", "application/pdf", pdf("Ket qua thuc hien Nghi quyet so 22-NQ/TW cua Ban Chap hanh Trung uong"));
    server.createContext("/", this::handle);
    server.start();
  }

  static String seed(String name) throws IOException {
    try (InputStream in = TestSite.class.getResourceAsStream("/corpus/seeds/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The article's own paragraphs (long lines) inside {@code <article>}; everything else is chrome. */
  private static String article(String title, String date, String text) {
    StringBuilder p = new StringBuilder();
    for (String line : text.split("\n")) if (line.strip().length() > 120) p.append("<p>").append(esc(line.strip())).append("</p>");
    return "<html><head><meta charset='utf-8'><title>" + esc(title) + " - Báo Tỉnh</title>"
        + "<meta property='article:published_time' content='" + date + "T08:00:00+07:00'></head><body>" + chrome()
        + "<main><article><h1>" + esc(title) + "</h1><div class='byline'>Nguyễn Thanh</div>" + p
        + "<figure><img src='/img/a.jpg'><figcaption>Ảnh: Báo Tỉnh</figcaption></figure></article>"
        + "<aside><h3>Tin liên quan</h3><ul><li><a href='/news/b.html'>Thiết thực học và làm theo Bác</a></li>"
        + "<li><a href='/news/a.html'>Đẩy mạnh học tập</a></li></ul><h3>Đọc nhiều</h3><ul><li><a href='/index.html'>Trang chủ</a></li></ul></aside>"
        + "<div class='share'>Chia sẻ thông tin với bạn bè! <a href='/share?fb'>Facebook</a></div>"
        + "<form class='comments'><p>{name} - {time}</p><textarea>Ý kiến của bạn</textarea></form></main>" + footer() + "</body></html>";
  }

  private static String chrome() {
    return "<header><nav><a href='/index.html'>Trang chủ</a> <a href='/news/a.html'>Xây dựng Đảng</a></nav>"
        + "<div class='banner'>Liên kết banner</div></header>";
  }

  private static String footer() {
    return "<footer>Giấy phép số: 136/GP-BTTTT. Tòa soạn: Số 68 Trần Phú. Điện thoại: 0228.3849386. "
        + "Lượt Truy Cập. Số lượt truy cập : 16.593.684</footer>";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private void page(String path, String html) {
    raw(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private void raw(String path, String type, byte[] body) {
    bodies.put(path, body);
    types.put(path, type);
  }

  private final Map<String, String> redirects = new LinkedHashMap<>();

  private void redirect(String from, String to) {
    redirects.put(from, to);
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    if (redirects.containsKey(path)) {
      x.getResponseHeaders().add("Location", redirects.get(path));
      x.sendResponseHeaders(301, -1);
      x.close();
      return;
    }
    byte[] body = bodies.get(path);
    if (body == null) {
      x.sendResponseHeaders(404, -1);
      x.close();
      return;
    }
    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
    x.getResponseHeaders().add("ETag", etag);
    x.getResponseHeaders().add("Content-Type", types.get(path));
    if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
      x.sendResponseHeaders(304, -1);
      x.close();
      return;
    }
    full.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    x.sendResponseHeaders(200, body.length);
    x.getResponseBody().write(body);
    x.close();
  }

  int fullResponses(String... paths) {
    int n = 0;
    for (String p : paths) n += full.getOrDefault(p, new AtomicInteger()).get();
    return n;
  }

  private static byte[] docx(String... paragraphs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      entry(z, "[Content_Types].xml", "<?xml version='1.0' encoding='UTF-8'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          + "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
          + "<Default Extension='xml' ContentType='application/xml'/>"
          + "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>");
      entry(z, "_rels/.rels", "<?xml version='1.0' encoding='UTF-8'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
          + "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' Target='word/document.xml'/></Relationships>");
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) body.append("<w:p><w:r><w:t>").append(esc(p)).append("</w:t></w:r></w:p>");
      entry(z, "word/document.xml", "<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>"
          + body + "</w:body></w:document>");
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream z, String name, String xml) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(xml.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  /** Standard-14 fonts have no Vietnamese glyphs, so the PDF's text is written without marks. */
  private static byte[] pdf(String text) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(50, 700);
        cs.showText(text);
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  List<String> paths() {
    return new ArrayList<>(bodies.keySet());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
