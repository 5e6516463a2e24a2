package vn.tracuu.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tracuu.cli.Tracuu;

/** The real server on a free port over the bundled corpus, called over HTTP. */
class ApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static Javalin app;
  static String base;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    Path root = Path.of(System.getProperty("tracuu.root"));
    Path index = tmp.resolve("index");
    int code = Tracuu.run("index", "--input", root.resolve("corpus/seeds").toString(), "--input",
        root.resolve("corpus/legal").toString(), "--index", index.toString());
    assertEquals(0, code);
    app = vn.tracuu.cli.ServeCommandAccess.start(index, "bi-mat-42", "*");
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    if (app != null) app.stop();
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * {@code tracuu eval --api} judges a server by the texts its search pages list: on the judged queries they are
   * the texts, in the order, that the index it serves ranks.
   */
  @Test
  void theApiRanksAsTheIndexItServes() throws Exception {
    Path root = Path.of(System.getProperty("tracuu.root"));
    var api = new vn.tracuu.eval.ApiRanker(base);
    int compared = 0;
    try (var searcher = new vn.tracuu.search.Searcher(tmp.resolve("index"))) {
      for (var q : vn.tracuu.eval.Topics.queries(root.resolve("corpus/eval/queries.tsv"))) {
        List<String> expected = searcher.ranking(q.text(), 10).stream().map(r -> r.id()).toList();
        assertEquals(expected, api.ranking(q.text(), 10).stream().map(r -> r.id()).toList(), q.text());
        if (!expected.isEmpty()) compared++;
      }
    }
    assertTrue(compared > 50, "the judged queries find texts: " + compared);
  }

  @Test
  void directiveInEveryWrittenFormFindsTheArticlesThatApplyIt() throws Exception {
    for (String query : List.of("05-CT/TW", "chỉ thị 05", "chi thi so 05", "CT 05")) {
      JsonNode r = json("/api/search?q=" + q(query));
      Set<String> top = new HashSet<>();
      for (int i = 0; i < 2; i++) top.add(r.get("hits").get(i).get("id").asText());
      assertEquals(Set.of("seeds/002_28107783c06f4d80.txt", "seeds/003_f7b0d7ec67d0c555.txt"), top, query);
    }
    JsonNode nq = json("/api/search?q=" + q("nghi quyet 37"));
    assertEquals("seeds/004_259665a0c3b3c4b2.txt", nq.get("hits").get(0).get("id").asText());
  }

  @Test
  void foldedQueryHighlightsAccentedWordsAndFacetsFilter() throws Exception {
    JsonNode r = json("/api/search?q=" + q("ket nap dang vien"));
    assertTrue(r.get("total").asInt() > 0);
    String snippet = r.get("hits").get(0).get("snippet").asText();
    assertTrue(snippet.contains("<mark>kết</mark>") || snippet.contains("<mark>nạp</mark>") || snippet.contains("<mark>đảng</mark>"), snippet);
    assertTrue(r.get("facets").get("type").has("tin-bai"));
    JsonNode legal = json("/api/search?q=" + q("nghị quyết") + "&type=van-ban");
    for (JsonNode h : legal.get("hits")) assertEquals("van-ban", h.get("type").asText());
    JsonNode byRef = json("/api/search?q=&ref=" + q("37-NQ/TU"));
    assertEquals(1, byRef.get("total").asInt());
  }

  @Test
  void userSyntaxNeverBreaks() throws Exception {
    for (String query : List.of("\"tổ chức cơ sở đảng", "AND OR -", "((", "đảng -viên", "a\"b\"c", "*:*", "\\")) {
      assertEquals(200, get("/api/search?q=" + q(query)).statusCode(), query);
    }
  }

  @Test
  void errorsAreJsonWithTheRightStatus() throws Exception {
    for (String[] c : new String[][] {{"/api/search?limit=0", "400"}, {"/api/search?limit=abc", "400"},
        {"/api/search?from=3000", "400"}, {"/api/documents/khong-co", "404"}, {"/api/khong-co", "404"},
        {"/api/analyze", "400"}, {"/api/indicators?format=xml", "400"}, {"/api/indicators?from=abc", "400"},
        {"/api/indicators?limit=5000", "400"}, {"/api/indicators?cursor=%25%25", "400"},
        {"/api/indicators?kind=weight", "400"}, {"/api/indicators/summary?by=color", "400"}}) {
      HttpResponse<String> r = get(c[0]);
      assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0]);
      JsonNode body = JSON.readTree(r.body());
      assertTrue(body.has("error") && body.has("message"), r.body());
      assertFalse(r.body().contains("at vn.tracuu"), "no stack trace");
    }
  }

  /** A request written by hand, as a client that does not encode anything sends it: status line and body. */
  static String[] raw(String requestLineAndHeaders) throws Exception {
    try (var socket = new java.net.Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write((requestLineAndHeaders + "Host: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      return new String[] {all.substring(0, all.indexOf("\r\n")), all.substring(0, split), all.substring(split + 4)};
    }
  }

  @Test
  void whatTheHttpServerRejectsItselfIsJsonToo() throws Exception {
    String[][] cases = {
        {"GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n", "414", "uri_too_long"},
        {"GET /api/search?q=x HTTP/1.1\r\nX-Big: " + "b".repeat(20_000) + "\r\n", "431", "headers_too_large"},
        {"GET /api/%00 HTTP/1.1\r\n", "400", "bad_request"},
        {"GET /api\\search HTTP/1.1\r\n", "400", "bad_request"},
        {"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n", "400", "bad_request"}};
    for (String[] c : cases) {
      String[] r = raw(c[0]);
      assertTrue(r[0].startsWith("HTTP/1.1 " + c[1]), () -> c[0].substring(0, Math.min(40, c[0].length())) + " -> " + r[0]);
      assertTrue(r[1].toLowerCase().contains("content-type: application/json"), r[1]);
      assertEquals(c[2], JSON.readTree(r[2]).get("error").asText(), r[2]);
    }
  }

  @Test
  void aZipBombDocxIsBadInputNotAServerError() throws Exception {
    // a DOCX whose document.xml inflates from about 100 KB to 100 MB of the same byte
    var zipped = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(zipped)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 100; i++) zip.write(chunk);
    }
    String boundary = "tracuu-boundary";
    var body = new java.io.ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bom.docx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(zipped.toByteArray());
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/extract"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("unreadable_document", JSON.readTree(r.body()).get("error").asText());
  }

  @Test
  void metricsCountRequestsByRouteAndStatus() throws Exception {
    get("/api/search?q=" + q("chỉ thị 05"));
    get("/api/documents/khong-co");
    String m = get("/metrics").body();
    assertTrue(m.matches("(?s).*tracuu_http_requests_total\\{method=\"GET\",route=\"/api/search\",status=\"200\"} [1-9].*"), m);
    assertTrue(m.contains("route=\"/api/documents/<id>\",status=\"404\"}"), "the route, not the path: " + m);
    assertTrue(m.contains("tracuu_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"+Inf\"}"), m);
    assertTrue(m.contains("tracuu_index_documents 52"), m);
    assertFalse(m.contains("chỉ thị") || m.contains("ch%E1"), "no query text in metrics");
  }

  @Test
  void forwardedForIsBelievedOnlyFromTheTrustedProxy() throws Exception {
    int[] codes = new int[4];
    // trusted: two clients behind the proxy (127.0.0.1 here) each get their own limit of 2
    Javalin proxied = vn.tracuu.cli.ServeCommandAccess.start(tmp.resolve("index"), 2, "127.0.0.1");
    try {
      String url = "http://127.0.0.1:" + proxied.port() + "/api/search?q=x";
      for (int i = 0; i < 4; i++) {
        codes[i] = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", "203.0.113.9, 10.0.0." + (i % 2)).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode();
      }
      assertEquals("[200, 200, 200, 200]", java.util.Arrays.toString(codes));
    } finally {
      proxied.stop();
    }
    // not trusted: the header is the client's own claim and changes nothing
    Javalin direct = vn.tracuu.cli.ServeCommandAccess.start(tmp.resolve("index"), null, "*", 2);
    try {
      String url = "http://127.0.0.1:" + direct.port() + "/api/search?q=x";
      for (int i = 0; i < 4; i++) {
        codes[i] = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", "10.0.0." + i).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode();
      }
      assertEquals("[200, 200, 429, 429]", java.util.Arrays.toString(codes));
    } finally {
      direct.stop();
    }
  }

  /** Real answers of every JSON route, each checked against the schema openapi.json gives for its route and status. */
  @Test
  void everyAnswerMatchesItsSchemaInTheOpenApiDescription() throws Exception {
    com.networknt.schema.JsonSchemaFactory schemas = com.networknt.schema.JsonSchemaFactory.getInstance(
        com.networknt.schema.SpecVersion.VersionFlag.V202012,
        b -> b.schemaMappers(m -> m.mapPrefix("https://tracuu.test/", "classpath:web/")));
    String article = "/19/2019/" + URLEncoder.encode("NĐ-CP@4", StandardCharsets.UTF_8);
    String text = "Quán triệt Chỉ thị số 05-CT/TW và Chỉ thị số 99-CT/TW. Kết nạp 72 đảng viên.";
    Object[][] calls = {
        {"get", "/health", "/health", 200},
        {"get", "/api/search", "/api/search?limit=3&q=" + q("ket nap dang vein"), 200},
        {"get", "/api/search", "/api/search?limit=3&q=" + q("Điều 4 Nghị định 19/2019/NĐ-CP"), 200},
        {"get", "/api/search", "/api/search?limit=abc&q=x", 400},
        {"get", "/api/documents/{id}", "/api/documents/seeds/004_259665a0c3b3c4b2.txt", 200},
        {"get", "/api/documents/{id}", "/api/documents" + article, 200},
        {"get", "/api/documents/{id}", "/api/documents/khong-co", 404},
        {"get", "/api/references", "/api/references?prefix=05", 200},
        {"get", "/api/references/{code}", "/api/references/05-CT/TW", 200},
        {"get", "/api/directives/{code}", "/api/directives/05-CT/TW", 200},
        {"get", "/api/suggest", "/api/suggest?q=" + q("chi thi"), 200},
        {"get", "/api/analyze", "/api/analyze?text=" + q("Chỉ thị 05"), 200},
        {"get", "/api/indicators", "/api/indicators?limit=5&unit=" + q("đảng viên"), 200},
        {"get", "/api/indicators/summary", "/api/indicators/summary?by=place", 200},
        {"get", "/api/indicators/summary", "/api/indicators/summary?by=nothing", 400},
        {"post", "/api/extract", "/api/extract", 200},
        {"post", "/api/citations", "/api/citations", 200},
    };
    for (Object[] c : calls) {
      HttpResponse<String> r = c[0].equals("get") ? get((String) c[2])
          : HTTP.send(HttpRequest.newBuilder(URI.create(base + c[2])).header("Content-Type", "text/plain; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals((int) c[3], r.statusCode(), c[2] + ": " + r.body());
      String pointer = "/paths/" + ((String) c[1]).replace("~", "~0").replace("/", "~1") + "/" + c[0] + "/responses/" + c[3]
          + "/content/application~1json/schema";
      var schema = schemas.getSchema(com.networknt.schema.SchemaLocation.of("https://tracuu.test/openapi.json#" + pointer));
      var errors = schema.validate(new ObjectMapper().readTree(r.body()));
      assertTrue(errors.isEmpty(), c[2] + " does not match " + pointer + ": " + errors);
    }
  }

  @Test
  void anArticleIsAHitThatLeadsToItsTextWithTheArticleMarked() throws Exception {
    JsonNode hit = json("/api/search?limit=1&q=" + q("Điều 4 Nghị định 19/2019/NĐ-CP")).get("hits").get(0);
    assertEquals("19/2019/NĐ-CP@4", hit.get("id").asText());
    assertEquals("legal/19_2019_NĐ-CP.txt", hit.get("partOf").asText());
    String path = "/19/2019/" + java.net.URLEncoder.encode("NĐ-CP@4", java.nio.charset.StandardCharsets.UTF_8);
    JsonNode article = json("/api/documents" + path);
    assertTrue(article.get("text").asText().startsWith("Điều 4. Giải thích từ ngữ"), article.get("text").asText());
    HttpResponse<String> page = get("/documents" + path);
    assertEquals(302, page.statusCode());
    String to = page.headers().firstValue("Location").orElseThrow();
    assertTrue(to.startsWith("/documents/legal%2F19_2019_N%C4%90-CP.txt?start=" + article.get("start").asInt()
        + "&end=" + article.get("end").asInt()), to);
    HttpResponse<String> shown = get(to);
    assertEquals(200, shown.statusCode(), to);
    assertTrue(shown.body().contains("<mark id=\"mark\">Điều 4. Giải thích từ ngữ"), "the article marked in its text");
    String text = json("/api/documents/legal/19_2019_" + java.net.URLEncoder.encode("NĐ-CP.txt", java.nio.charset.StandardCharsets.UTF_8))
        .get("text").asText();
    assertEquals(article.get("text").asText(), text.substring(article.get("start").asInt(), article.get("end").asInt()));
  }

  @Test
  void theDocumentPageIsReadableWithoutJavaScript() throws Exception {
    String id = "seeds/004_259665a0c3b3c4b2.txt";
    HttpResponse<String> r = get("/documents/" + id + "?q=" + q("ket nap dang vien"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String html = r.body();
    assertFalse(html.contains("<script"), "served as a page, not built by a script");
    assertTrue(html.contains("<h1>Yên Bái") || html.contains("<h1>"), html.substring(0, 300));
    assertTrue(html.contains("<mark>kết</mark> <mark>nạp</mark>"), "the query's words, typed without diacritics, marked");
    assertTrue(html.contains("href=\"/directives/37-NQ/TU\""), "its references link to their pages");
    assertTrue(html.contains("Số liệu trong văn bản"), "its figures in a table");
    // a figure's own link marks its span
    JsonNode d = json("/api/documents/" + id);
    JsonNode fig = d.get("indicators").get(0);
    String marked = get("/documents/" + id + "?start=" + fig.get("start").asInt() + "&end=" + fig.get("end").asInt()).body();
    assertTrue(marked.contains("<mark id=\"mark\">" + fig.get("text").asText().replace("&", "&amp;") + "</mark>"), fig.toString());
    HttpResponse<String> none = get("/documents/khong-co");
    assertEquals(404, none.statusCode());
    assertTrue(none.body().contains("Không có tài liệu khong-co"), none.body());
    assertEquals(400, get("/documents/" + id + "?start=abc").statusCode());
  }

  @Test
  void aDirectiveSaysWhatItIsAndWhoAppliesIt() throws Exception {
    JsonNode d = json("/api/directives/05-CT/TW");
    assertTrue(d.get("documents").asInt() >= 2, d.toString());
    assertEquals("Chỉ thị", d.get("typeName").asText());
    // its subject, read from a sentence that cites it
    assertTrue(d.get("subject").get("text").asText().startsWith("về Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"), d.toString());
    assertTrue(d.get("subject").get("sentence").asText().contains("05-CT/TW"));
    // when and where it is applied: every citing text by month (the seeds carry their dates) and by province named
    int months = 0;
    for (JsonNode n : d.get("byMonth")) months += n.asInt();
    assertEquals(d.get("documents").asInt(), months, d.toString());
    assertTrue(d.get("byMonth").has("2018-07") && d.get("byMonth").has("2024-02"), d.toString());
    assertTrue(d.get("byProvince").size() >= 1, d.toString());
    // the newest citing texts, newest first
    assertEquals("2024-02", d.get("recent").get(0).get("published").asText().substring(0, 7), d.toString());
    assertTrue(d.get("recent").get(0).get("published").asText().compareTo(d.get("recent").get(1).get("published").asText()) >= 0);
    // "Chương trình hành động số 18-CTr/TU ... thực hiện Nghị quyết số 22-NQ/TW"
    assertTrue(json("/api/directives/22-NQ/TW").get("implementedBy").has("18-CTr/TU"));
    String page = get("/directives/05-CT/TW").body();
    assertTrue(page.contains("Trích yếu") && page.contains("văn bản dẫn chiếu") && page.contains("href=\"/documents/"), page);
    assertTrue(page.contains("href=\"/feeds/directives/05-CT/TW.atom\""), "a way to follow it");
    assertTrue(page.contains("<h2>Theo tháng</h2>") && page.contains("<h2>Theo tỉnh, thành phố</h2>"), "charts by month and province");
    assertTrue(page.contains("<h2>Văn bản dẫn chiếu mới nhất</h2>"));
    assertFalse(page.contains("<script"));
    HttpResponse<String> none = get("/directives/99-CT/TW");
    assertEquals(404, none.statusCode());
    assertTrue(none.body().contains("Chưa văn bản nào trong chỉ mục dẫn chiếu 99-CT/TW"));
  }

  @Test
  void feedsFollowADirectiveAndASearch() throws Exception {
    for (String path : List.of("/feeds/directives/05-CT/TW.atom", "/feeds/search.atom?q=" + q("kết nạp đảng viên"))) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
      var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
      var entries = doc.getElementsByTagName("entry");
      assertTrue(entries.getLength() >= 2, path + ": " + r.body());
      // newest first; every entry links to its document page
      String previous = "9999";
      for (int i = 0; i < entries.getLength(); i++) {
        var e = (org.w3c.dom.Element) entries.item(i);
        String updated = e.getElementsByTagName("updated").item(0).getTextContent();
        assertTrue(updated.compareTo(previous) <= 0, "newest first: " + r.body());
        previous = updated;
        assertTrue(((org.w3c.dom.Element) e.getElementsByTagName("link").item(0)).getAttribute("href").startsWith(base + "/documents/"));
      }
    }
    assertEquals(400, get("/feeds/search.atom").statusCode());
  }

  @Test
  void aCitationCheckSaysWhichReferencesTheIndexKnows() throws Exception {
    String text = "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Nghị quyết số 37-NQ/TU và Chỉ thị số 77-CT/TW.";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/citations"))
        .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode refs = JSON.readTree(r.body()).get("references");
    java.util.Map<String, String> status = new java.util.HashMap<>();
    for (JsonNode x : refs) {
      status.put(x.get("code").asText(), x.get("status").asText());
      assertEquals(x.get("text").asText(), text.substring(x.get("start").asInt(), x.get("end").asInt()), "offsets into the text");
    }
    assertEquals("found", status.get("05-CT/TW"));
    assertEquals("ambiguous", status.get("37-NQ/TU"), "a provincial code, and the text names no province");
    assertEquals("not_found", status.get("77-CT/TW"));
    assertTrue(refs.get(0).get("citedBy").asInt() >= 2);
  }

  @Test
  void theCitationCheckFindsEveryCodeOfTheSeedsAndNotAnInventedOne() throws Exception {
    Path root = Path.of(System.getProperty("tracuu.root"));
    try (var gold = Files.newDirectoryStream(root.resolve("corpus/gold"), "*.json")) {
      for (Path g : gold) {
        JsonNode expected = JSON.readTree(Files.readString(g));
        String name = g.getFileName().toString().replace(".json", ".txt");
        String text = Files.readString(root.resolve("corpus/seeds").resolve(name)) + "\nXem thêm Chỉ thị số 987-CT/TW.";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/citations"))
            .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        java.util.Map<String, String> status = new java.util.HashMap<>();
        for (JsonNode x : JSON.readTree(r.body()).get("references")) status.put(x.path("code").asText(), x.get("status").asText());
        for (JsonNode ref : expected.get("references")) {
          if (ref.get("code").isNull()) continue; // "Nghị quyết Trung ương 4 (khóa XII)": named, not coded
          assertEquals("found", status.get(ref.get("code").asText()), name + ": " + ref.get("code").asText() + " in " + status);
        }
        assertEquals("not_found", status.get("987-CT/TW"), name);
      }
    }
  }

  @Test
  void theWidgetIsCachedAndRevalidated() throws Exception {
    HttpResponse<String> r = get("/widget.js");
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    assertEquals(304, get("/widget.js", "If-None-Match", etag).statusCode());
    var gz = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(gz)) {
      z.write(r.body().getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(gz.size() < 10_000, "under 10 kB gzipped: " + gz.size());
  }

  @Test
  void theAdminKeyRotatesWithoutARestart() throws Exception {
    Path keyFile = tmp.resolve("admin.key");
    Files.writeString(keyFile, "khoa-cu\n");
    Javalin s = vn.tracuu.cli.ServeCommandAccess.startWithKeyFile(tmp.resolve("index"), keyFile);
    try {
      // a crawl without seeds: 400 once the key is accepted, 401 when it is not
      java.util.function.Function<String, Integer> crawl = key -> {
        try {
          return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/admin/crawl"))
              .header("X-Admin-Key", key).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      };
      assertEquals(400, crawl.apply("khoa-cu"));
      Files.writeString(keyFile, "khoa-moi\n");
      Files.setLastModifiedTime(keyFile, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
      assertEquals(401, crawl.apply("khoa-cu"), "the old key no longer opens");
      assertEquals(400, crawl.apply("khoa-moi"));
      Files.delete(keyFile);
      assertEquals(403, crawl.apply("khoa-moi"), "no key file: admin routes are off");
    } finally {
      s.stop();
    }
  }

  @Test
  void indicatorTableOverTheWholeIndex() throws Exception {
    JsonNode all = json("/api/indicators?unit=" + q("đảng viên") + "&limit=1000");
    int total = all.get("total").asInt();
    assertEquals(total, all.get("rows").size(), "one page holds them all");
    assertFalse(all.has("next"), "no next on the last page");
    java.util.Set<String> documents = new java.util.HashSet<>();
    for (JsonNode r : all.get("rows")) {
      assertEquals("đảng viên", r.get("unit").asText());
      documents.add(r.get("document").asText());
    }
    // every seed that counts party members is there, not only the top hits of a search
    for (String seed : new String[] {"002_28107783c06f4d80", "003_f7b0d7ec67d0c555", "004_259665a0c3b3c4b2"}) {
      assertTrue(documents.contains("seeds/" + seed + ".txt"), seed + " in " + documents);
    }
    // paging with the cursor walks the same rows in the same order
    java.util.List<String> paged = new java.util.ArrayList<>();
    String cursor = null;
    do {
      JsonNode p = json("/api/indicators?unit=" + q("đảng viên") + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
      for (JsonNode r : p.get("rows")) paged.add(r.get("document").asText() + "@" + r.get("start").asInt());
      cursor = p.has("next") ? p.get("next").asText() : null;
    } while (cursor != null);
    java.util.List<String> once = new java.util.ArrayList<>();
    for (JsonNode r : all.get("rows")) once.add(r.get("document").asText() + "@" + r.get("start").asInt());
    assertEquals(once, paged);
    // the CSV has one line per row
    String csv = get("/api/indicators?unit=" + q("đảng viên") + "&format=csv").body();
    assertEquals(total + 1, csv.split("\r\n").length, "header and one line per row");
    // the record: target and achieved on the figure of the seed's sentence, the province of the text
    JsonNode admitted = json("/api/indicators?subject=" + q("kết nạp") + "&unit=" + q("đảng viên") + "&q=" + q("107,46"));
    assertEquals(1, admitted.get("total").asInt(), admitted.toString());
    JsonNode r = admitted.get("rows").get(0);
    assertEquals(72, r.get("value").asInt());
    assertEquals(67, r.get("target").asInt());
    assertEquals(107.46, r.get("achieved").asDouble());
    assertEquals("seeds/003_f7b0d7ec67d0c555.txt", r.get("document").asText());
    // periods filter by overlap: the Nghi Sơn seed's figures of "giai đoạn 2015-2020" are in 2016, not in 2022
    JsonNode in2016 = json("/api/indicators?place=" + q("nghi son") + "&from=2016&to=2016");
    JsonNode in2022 = json("/api/indicators?place=" + q("nghi son") + "&from=2022-01&to=2022-12");
    assertTrue(in2016.get("total").asInt() >= 10, in2016.toString());
    assertEquals(0, in2022.get("total").asInt());
    for (JsonNode row : in2016.get("rows")) assertEquals("2020-12", row.get("period").get("to").asText());
    // groups: by place, counted once per fact
    JsonNode byPlace = json("/api/indicators/summary?by=place&unit=" + q("đảng viên"));
    long rows = 0;
    for (JsonNode g : byPlace.get("groups")) {
      rows += g.get("count").asLong();
      assertTrue(g.get("facts").asLong() <= g.get("count").asLong());
      assertTrue(g.get("min").asDouble() <= g.get("median").asDouble() && g.get("median").asDouble() <= g.get("max").asDouble());
      assertTrue(g.get("sources").size() >= 1);
    }
    assertTrue(rows <= total && rows > 0);
  }

  @Test
  void documentsIndicatorsExtractAnalyzeSuggest() throws Exception {
    JsonNode d = json("/api/documents/" + "seeds/004_259665a0c3b3c4b2.txt");
    assertEquals("Yên Bái", d.get("province").asText());
    assertTrue(d.get("indicators").size() >= 20);
    JsonNode ind = json("/api/indicators?ref=" + q("37-NQ/TU") + "&kind=ratio");
    assertEquals(3, ind.get("total").asInt());
    HttpResponse<String> csv = get("/api/indicators?unit=" + q("đảng viên") + "&format=csv");
    assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("\uFEFFdocument,title,url,published,value,"), "BOM and header");
    assertTrue(csv.body().contains(",4376,,,đảng viên,count,"), csv.body());
    assertFalse(csv.body().contains(",45239,"), "45.239 đồng chí is counted in đồng chí, not đảng viên");
    HttpResponse<String> x = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/extract"))
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString("Toàn Đảng bộ kết nạp 72 đảng viên đạt 107,46% kế hoạch (NQ 67) theo Chỉ thị 05 của Bộ Chính trị.")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode xj = JSON.readTree(x.body());
    assertEquals(72, xj.get("indicators").get(0).get("value").asInt());
    assertEquals(67, xj.get("indicators").get(0).get("target").asInt());
    assertEquals("05-CT/TW", xj.get("references").get(0).get("code").asText());
    JsonNode a = json("/api/analyze?text=" + q("Ðảng uỷ 22-NQ/TW"));
    assertEquals("đảng", a.get("exact").get(0).get("term").asText());
    assertEquals("22-nq/tw", a.get("folded").get(2).get("term").asText());
    JsonNode s = json("/api/suggest?q=" + q("05-ct"));
    assertEquals("05-CT/TW", s.get("suggestions").get(0).get("text").asText());
    // "05" is in 45/2005/QH11 too: the codes that start with it come first
    JsonNode five = json("/api/suggest?q=05").get("suggestions");
    boolean others = false;
    for (JsonNode sug : five) {
      if (!sug.get("kind").asText().equals("code")) continue;
      boolean starts = sug.get("text").asText().startsWith("05");
      if (!starts) others = true;
      else assertFalse(others, "a code starting with 05 after one that does not: " + five);
    }
    assertTrue(five.get(0).get("text").asText().startsWith("05"), five.toString());
  }

  @Test
  void corsForGetsAndAdminKeyForWrites() throws Exception {
    HttpResponse<String> r = get("/api/search?q=x", "Origin", "https://cong-thong-tin.example");
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> noKey = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, noKey.statusCode());
    HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex"))
        .header("X-Admin-Key", "sai").header("Origin", "https://x.example").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, wrong.statusCode());
    assertNull(wrong.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void adminCrawlIndexesAPageAndRejectsBadBodies() throws Exception {
    var site = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    String article = "<html><head><title>Kết nạp đảng viên mới</title></head><body><nav><a href='/'>Trang chủ</a></nav><article>"
        + "<p>Năm 2024, Đảng bộ huyện kết nạp 125 đảng viên mới, đạt 104% kế hoạch, thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị.</p>"
        + "<p>Các chi bộ tổ chức sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</p></article></body></html>";
    site.createContext("/", x -> {
      byte[] b = x.getRequestURI().getPath().equals("/robots.txt") ? new byte[0] : article.getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().add("Content-Type", x.getRequestURI().getPath().equals("/robots.txt") ? "text/plain" : "text/html; charset=utf-8");
      x.sendResponseHeaders(200, b.length == 0 ? -1 : b.length);
      if (b.length > 0) x.getResponseBody().write(b);
      x.close();
    });
    site.start();
    try {
      String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/tin/ket-nap.html";
      HttpResponse<String> bad = post("/api/admin/crawl", "{\"seeds\": [\"ftp://x\"]}", "bi-mat-42");
      assertEquals(400, bad.statusCode(), bad.body());
      HttpResponse<String> noKey = post("/api/admin/crawl", "{\"seeds\": [\"" + url + "\"]}", null);
      assertEquals(401, noKey.statusCode());
      HttpResponse<String> ok = post("/api/admin/crawl", "{\"seeds\": [\"" + url + "\"], \"maxPages\": 2, \"delaySeconds\": 0}", "bi-mat-42");
      assertEquals(200, ok.statusCode(), ok.body());
      JsonNode found = json("/api/search?q=" + q("125 đảng viên") + "&limit=3");
      assertEquals(url, found.get("hits").get(0).get("id").asText());
      assertEquals(125, json("/api/documents/" + q(url)).get("indicators").get(0).get("value").asInt());
    } finally {
      site.stop(0);
    }
  }

  @Test
  void rateLimitAnswers429AsJson() throws Exception {
    Javalin limited = vn.tracuu.cli.ServeCommandAccess.start(tmp.resolve("index"), null, "*", 3);
    try {
      String url = "http://127.0.0.1:" + limited.port() + "/api/search?q=x";
      int[] codes = new int[5];
      for (int i = 0; i < 5; i++) codes[i] = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
      assertEquals("[200, 200, 200, 429, 429]", java.util.Arrays.toString(codes));
      var r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals("too_many_requests", JSON.readTree(r.body()).get("error").asText());
      assertEquals("60", r.headers().firstValue("Retry-After").orElse(null));
    } finally {
      limited.stop();
    }
  }

  static HttpResponse<String> post(String path, String body, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) b.header("X-Admin-Key", key);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void openApiListsEveryRouteAndEveryListedRouteExists() throws Exception {
    JsonNode spec = json("/openapi.json");
    Set<String> documented = new HashSet<>();
    spec.get("paths").fieldNames().forEachRemaining(documented::add);
    String server = Files.readString(Path.of(System.getProperty("tracuu.root"), "search-api/src/main/java/vn/tracuu/api/Server.java"));
    Matcher m = Pattern.compile("config\\.routes\\.(?:get|post)\\(\"([^\"]+)\"").matcher(server);
    Set<String> routes = new HashSet<>();
    while (m.find()) routes.add(m.group(1).replaceAll("<([^>]+)>", "{$1}"));
    assertEquals(routes, documented);
  }
}
