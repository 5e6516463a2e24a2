package vn.tracuu.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import vn.tracuu.analysis.Analysis;
import vn.tracuu.analysis.VietnameseText;
import vn.tracuu.io.Json;
import vn.tracuu.extract.Extraction;
import vn.tracuu.indicators.IndicatorCsv;
import vn.tracuu.indicators.IndicatorFilter;
import vn.tracuu.indicators.IndicatorRow;
import vn.tracuu.indicators.IndicatorTable;
import vn.tracuu.extract.Reference;
import vn.tracuu.index.Fields;
import vn.tracuu.ingest.DocumentParser;
import vn.tracuu.search.SearchRequest;
import vn.tracuu.search.Backend;

/** The API's handlers: plain functions of the request and the current backend. */
public final class Handlers {
  static final long MAX_UPLOAD = 20L << 20;
  private static final int MAX_TEXT = 200_000;
  private final Supplier<? extends Backend> searcher;
  private final Supplier<String> adminKey;
  private final Admin admin;

  /**
   * @param adminKey the key write routes require ({@code TRACUU_ADMIN_KEY}); null disables them
   * @param admin the write operations, run one at a time
   */
  public Handlers(Supplier<? extends Backend> searcher, String adminKey, Admin admin) {
    this(searcher, AdminKey.of(adminKey), admin);
  }

  /** @param adminKey read at every write request: a key file may change while the server runs */
  public Handlers(Supplier<? extends Backend> searcher, Supplier<String> adminKey, Admin admin) {
    this.searcher = searcher;
    this.adminKey = adminKey;
    this.admin = admin;
  }

  void health(Context ctx) {
    json(ctx, Map.of("status", "ok", "documents", searcher.get().size()));
  }

  /** Texts in the index being served. */
  int documents() {
    return searcher.get().size();
  }

  void search(Context ctx) {
    json(ctx, searcher.get().search(request(ctx, ctx.queryParam("ref"))));
  }

  private static SearchRequest request(Context ctx, String ref) {
    return new SearchRequest(ctx.queryParam("q"), intParam(ctx, "limit", 10), intParam(ctx, "offset", 0),
        yearParam(ctx, "from"), yearParam(ctx, "to"), blankToNull(ctx.queryParam("source")),
        blankToNull(ctx.queryParam("type")), blankToNull(ref));
  }

  void document(Context ctx) throws IOException {
    json(ctx, documentData(byId(ctx.pathParam("id"))));
  }

  /** The document as a page (see {@link DocumentPage}); an article's page is its text's, the article marked. */
  void documentPage(Context ctx) throws IOException {
    Document d;
    try {
      d = byId(ctx.pathParam("id"));
    } catch (ApiError e) {
      ctx.status(e.status).contentType("text/html; charset=utf-8").result("<!doctype html><meta charset=\"utf-8\"><p>"
          + vn.tracuu.io.Html.escape(e.getMessage()) + "</p><p><a href=\"/\">Tìm kiếm</a></p>");
      return;
    }
    if (d.get(Fields.PARENT) != null) {
      String q = ctx.queryParam("q");
      ctx.redirect(DocumentPage.path(d.get(Fields.PARENT)) + "?start=" + d.get(Fields.PARENT_START) + "&end=" + d.get(Fields.PARENT_END)
          + (q == null ? "" : "&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)) + "#mark");
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(DocumentPage.render(documentData(d), ctx.queryParam("q"),
        optionalInt(ctx, "start"), optionalInt(ctx, "end")));
  }

  private Map<String, Object> documentData(Document d) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", d.get(Fields.ID));
    out.put("title", d.get(Fields.TITLE));
    out.put("url", d.get(Fields.URL));
    out.put("source", d.get(Fields.SOURCE));
    out.put("author", d.get(Fields.AUTHOR));
    out.put("type", d.get(Fields.TYPE));
    out.put("published", d.get(Fields.PUBLISHED));
    out.put("province", d.get(Fields.PROVINCE));
    out.put("aliases", List.of(d.getValues(Fields.ALIASES)));
    out.put("text", d.get(Fields.BODY_FOLDED));
    if (d.get(Fields.PARENT) != null) { // an article: where it stands in its text, whose references and figures it shares
      out.put("partOf", d.get(Fields.PARENT));
      out.put("start", Integer.valueOf(d.get(Fields.PARENT_START)));
      out.put("end", Integer.valueOf(d.get(Fields.PARENT_END)));
      return out;
    }
    out.put("references", Json.MAPPER.readTree(d.get(Fields.REFERENCES_JSON)));
    out.put("indicators", Json.MAPPER.readTree(d.get(Fields.INDICATORS_JSON)));
    return out;
  }

  private Document byId(String id) throws IOException {
    Document d = searcher.get().stored(id);
    if (d == null) throw ApiError.notFound("Không có tài liệu " + id);
    return d;
  }

  /** Known codes with their type and how many documents cite them; filtered by a folded prefix. */
  void references(Context ctx) {
    String q = VietnameseText.foldAll(ctx.queryParam("q") == null ? "" : ctx.queryParam("q")).strip();
    int limit = intParam(ctx, "limit", 20);
    if (limit > 1000) throw ApiError.badRequest("limit tối đa 1000");
    Map<String, Integer> refs = searcher.get().references();
    List<Map<String, Object>> out = new ArrayList<>();
    for (var e : refs.entrySet()) {
      if (!q.isEmpty() && !VietnameseText.foldAll(e.getKey()).contains(q.toLowerCase(Locale.ROOT))) continue;
      String code = e.getKey();
      String type = code.contains("-") && code.indexOf('-') < code.indexOf('/') ? code.substring(code.indexOf('-') + 1, code.indexOf('/')) : null;
      out.add(Map.of("code", code, "type", type == null ? "" : type, "documents", e.getValue()));
      if (out.size() >= limit) break;
    }
    json(ctx, Map.of("references", out));
  }

  /** What a code is and who applies it ({@link Directives}). */
  void directive(Context ctx) throws IOException {
    json(ctx, Directives.about(searcher.get(), ctx.pathParam("code")));
  }

  void directivePage(Context ctx) throws IOException {
    Map<String, Object> d = Directives.about(searcher.get(), ctx.pathParam("code"));
    if (((Number) d.get("documents")).longValue() == 0) ctx.status(404);
    ctx.contentType("text/html; charset=utf-8").result(DirectivePage.render(d));
  }

  /** {@code /feeds/directives/{code}.atom}: the newest texts citing a code. */
  void directiveFeed(Context ctx) {
    String code = ctx.pathParam("code");
    if (!code.endsWith(".atom")) throw ApiError.notFound("Nguồn tin có dạng /feeds/directives/{mã}.atom");
    ctx.contentType(Feeds.TYPE).result(Feeds.directive(searcher.get(), origin(ctx), code.substring(0, code.length() - 5)));
  }

  /** {@code /feeds/search.atom?q=}: the newest texts matching a search. */
  void searchFeed(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) throw ApiError.badRequest("Thiếu tham số q");
    if (q.length() > SearchRequest.MAX_QUERY) throw ApiError.badRequest("q dài quá " + SearchRequest.MAX_QUERY + " ký tự");
    ctx.contentType(Feeds.TYPE).result(Feeds.search(searcher.get(), origin(ctx), q));
  }

  /** Scheme, host and port the client used: feed links must be absolute. */
  private static String origin(Context ctx) {
    String url = ctx.fullUrl();
    int path = url.indexOf('/', url.indexOf("//") + 2);
    return path < 0 ? url : url.substring(0, path);
  }

  void citing(Context ctx) {
    SearchRequest r = request(ctx, ctx.pathParam("code"));
    json(ctx, searcher.get().search(r));
  }

  /**
   * The researchers' table over the whole corpus: every indicator row that passes the filters, a page at a time
   * ({@code limit} up to 1,000, {@code cursor} from the previous page's {@code next}); {@code format=csv} streams
   * every row that passes.
   */
  void indicators(Context ctx) throws IOException {
    IndicatorFilter f = indicatorFilter(ctx);
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (!format.equals("json") && !format.equals("csv")) throw ApiError.badRequest("format phải là json hoặc csv");
    IndicatorTable table = searcher.get().indicators();
    if (format.equals("csv")) {
      ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"chi-tieu.csv\"");
      try (var out = new java.io.OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
        IndicatorCsv csv = new IndicatorCsv(new java.io.BufferedWriter(out, 1 << 16));
        table.forEach(f, csv::row);
        csv.flush();
      }
      return;
    }
    IndicatorTable.Page page = table.page(f, intParam(ctx, "limit", 100), blankToNull(ctx.queryParam("cursor")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", page.total());
    out.put("rows", page.rows().stream().map(IndicatorRow::toMap).toList());
    if (page.next() != null) out.put("next", page.next());
    json(ctx, out);
  }

  /** Groups of the rows that pass the filters: by place, year, subject or unit. */
  void indicatorSummary(Context ctx) {
    String by = ctx.queryParam("by") == null ? "place" : ctx.queryParam("by");
    int limit = intParam(ctx, "limit", 50);
    if (limit < 1 || limit > 1000) throw ApiError.badRequest("limit phải từ 1 đến 1000");
    var groups = searcher.get().indicators().summary(indicatorFilter(ctx), by, limit);
    json(ctx, Map.of("by", by, "groups", groups));
  }

  private static IndicatorFilter indicatorFilter(Context ctx) {
    String planned = blankToNull(ctx.queryParam("planned"));
    if (planned != null && !planned.matches("true|false")) throw ApiError.badRequest("planned phải là true hoặc false");
    return new IndicatorFilter(blankToNull(ctx.queryParam("q")), blankToNull(ctx.queryParam("subject")),
        blankToNull(ctx.queryParam("unit")), blankToNull(ctx.queryParam("kind")), blankToNull(ctx.queryParam("place")),
        blankToNull(ctx.queryParam("from")), blankToNull(ctx.queryParam("to")), blankToNull(ctx.queryParam("ref")),
        planned == null ? null : Boolean.valueOf(planned));
  }

  /** A text body, or a multipart file read by Tika: references and indicators, nothing indexed. */
  void extract(Context ctx) throws IOException {
    json(ctx, Extraction.of(uploadedText(ctx)));
  }

  /**
   * Every document reference of a text with its offsets and a status: {@code found} (with how many texts of the
   * index cite it), {@code not_found}, or {@code ambiguous} (no full code: "Chỉ thị 05" with nothing to resolve it,
   * or a provincial code whose province the text does not name).
   */
  void citations(Context ctx) throws IOException {
    String text = uploadedText(ctx);
    Map<String, Integer> known = searcher.get().referencesByKey();
    List<Map<String, Object>> out = new ArrayList<>();
    int found = 0, missing = 0, unclear = 0;
    for (vn.tracuu.extract.Reference r : Extraction.of(text).references()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("text", r.text());
      row.put("start", r.start());
      row.put("end", r.end());
      row.put("code", r.code());
      boolean provincial = r.code() != null && vn.tracuu.extract.ReferenceExtractor.isLocalParty(r.code());
      if (r.code() == null || provincial && r.province() == null) {
        row.put("status", "ambiguous");
        row.put("why", r.code() == null ? "không có số hiệu đầy đủ" : "mã cấp tỉnh, văn bản không nêu tỉnh");
        unclear++;
      }
      Integer n = r.code() == null ? null : known.get(vn.tracuu.analysis.DocumentCodes.key(r.code()));
      if (!row.containsKey("status")) {
        row.put("status", n == null ? "not_found" : "found");
        if (n == null) missing++;
        else found++;
      }
      if (n != null) row.put("citedBy", n);
      out.add(row);
    }
    json(ctx, Map.of("references", out, "found", found, "notFound", missing, "ambiguous", unclear));
  }

  /** The text of a request: a plain-text body or an uploaded file (txt, html, pdf, doc, docx). */
  private static String uploadedText(Context ctx) throws IOException {
    String text;
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (ctx.contentLength() > MAX_UPLOAD) throw new ApiError(413, "payload_too_large", "Nội dung lớn hơn 20 MB");
    if (type.startsWith("multipart/")) {
      UploadedFile f = ctx.uploadedFile("file");
      if (f == null) throw ApiError.badRequest("Thiếu tệp trong trường \"file\"");
      String name = f.filename().toLowerCase(Locale.ROOT);
      if (!name.matches(".*\\.(txt|html?|pdf|docx?)")) {
        throw new ApiError(415, "unsupported_media_type", "Chỉ nhận txt, html, pdf, doc, docx");
      }
      try {
        text = new DocumentParser().parse(f.content(), name, f.contentType()).text();
      } catch (vn.tracuu.ingest.UnreadableDocumentException e) {
        throw new ApiError(422, "unreadable_document", "Không đọc được tệp: " + e.getMessage());
      }
    } else if (type.isEmpty() || type.startsWith("text/")) {
      text = ctx.body();
    } else {
      throw new ApiError(415, "unsupported_media_type", "Gửi văn bản (text/plain) hoặc tệp (multipart/form-data)");
    }
    if (text.isBlank()) throw ApiError.badRequest("Văn bản trống");
    if (text.length() > MAX_TEXT * 10) throw new ApiError(413, "payload_too_large", "Văn bản quá dài");
    return text;
  }

  /** Completions: codes first, then titles, matched on folded prefixes of words. */
  void suggest(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      json(ctx, Map.of("suggestions", List.of()));
      return;
    }
    if (q.length() > 100) throw ApiError.badRequest("q tối đa 100 ký tự");
    String fq = VietnameseText.foldAll(q).strip().toLowerCase(Locale.ROOT);
    List<Map<String, String>> out = new ArrayList<>();
    // codes that start with what is typed first ("05" → 05-CT/TW before 45/2005/QH11), then the most cited
    Map<String, Integer> refs = searcher.get().references();
    List<String> codes = new ArrayList<>();
    Set<String> starting = new HashSet<>();
    for (String code : refs.keySet()) {
      String folded = VietnameseText.foldAll(code).toLowerCase(Locale.ROOT); // typed in any case
      if (!folded.contains(fq)) continue;
      codes.add(code);
      if (folded.startsWith(fq)) starting.add(code);
    }
    codes.sort(java.util.Comparator.comparing((String c) -> !starting.contains(c)).thenComparing(c -> -refs.get(c)).thenComparing(c -> c));
    for (String code : codes.subList(0, Math.min(5, codes.size()))) out.add(Map.of("kind", "code", "text", code));
    for (String[] t : searcher.get().titles(q, 10 - out.size())) out.add(Map.of("kind", "title", "text", t[1], "id", t[0]));
    json(ctx, Map.of("suggestions", out));
  }

  void analyze(Context ctx) {
    String text = ctx.queryParam("text");
    if (text == null || text.isEmpty()) throw ApiError.badRequest("Thiếu tham số text");
    if (text.length() > 10_000) throw ApiError.badRequest("text tối đa 10000 ký tự");
    json(ctx, Analysis.analyze(text));
  }

  void reindex(Context ctx) throws Exception {
    requireAdmin(ctx);
    json(ctx, admin.reindex());
  }

  /** Body: {"seeds": ["https://..."], "maxPages": 20, "delaySeconds": 1}. */
  void crawl(Context ctx) throws Exception {
    requireAdmin(ctx);
    com.fasterxml.jackson.databind.JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.body());
    } catch (IOException e) {
      throw ApiError.badRequest("Thân yêu cầu phải là JSON: {\"seeds\": [...], \"maxPages\": 20}");
    }
    if (body == null || !body.path("seeds").isArray() || body.path("seeds").isEmpty()) {
      throw ApiError.badRequest("Thiếu \"seeds\": danh sách URL http(s)");
    }
    List<String> seeds = new ArrayList<>();
    for (var n : body.path("seeds")) {
      if (!n.isTextual() || !n.asText().matches("(?i)https?://\\S+")) throw ApiError.badRequest("URL không hợp lệ: " + n);
      seeds.add(n.asText());
    }
    int maxPages = body.path("maxPages").asInt(20);
    if (maxPages < 1 || maxPages > 500) throw ApiError.badRequest("maxPages phải từ 1 đến 500");
    double delay = body.path("delaySeconds").asDouble(1);
    if (delay < 0 || delay > 60) throw ApiError.badRequest("delaySeconds phải từ 0 đến 60");
    json(ctx, admin.crawl(seeds, maxPages, delay));
  }

  private void requireAdmin(Context ctx) {
    String key = adminKey.get();
    if (key == null) throw new ApiError(403, "forbidden", "Chức năng quản trị bị tắt (chưa đặt TRACUU_ADMIN_KEY hoặc TRACUU_ADMIN_KEY_FILE)");
    String given = ctx.header("X-Admin-Key");
    byte[] a = key.getBytes(StandardCharsets.UTF_8);
    byte[] b = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(a, b)) throw new ApiError(401, "unauthorized", "Sai hoặc thiếu khóa quản trị (X-Admin-Key)");
  }

  private static int intParam(Context ctx, String name, int dflt) {
    Integer v = optionalInt(ctx, name);
    return v == null ? dflt : v;
  }

  /** An integer query parameter, or null when absent. */
  private static Integer optionalInt(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " phải là số nguyên: " + v);
    }
  }

  private static Integer yearParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    int y = intParam(ctx, name, 0);
    if (y < 1900 || y > 2100) throw ApiError.badRequest(name + " phải là năm từ 1900 đến 2100");
    return y;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static void json(Context ctx, Object o) {
    ctx.contentType("application/json; charset=utf-8").result(Json.write(o));
  }
}
