package vn.tracuu.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import vn.tracuu.io.Json;

/** The HTTP server: every route in one place; handlers are the plain functions of {@link Handlers}. */
public final class Server {
  private Server() {}

  public static Javalin create(Handlers h, String allowedOrigins) {
    return create(h, allowedOrigins, 0, java.util.Set.of());
  }

  /**
   * @param perMinute API requests a minute allowed from one address ({@code TRACUU_RATE_LIMIT}); 0 for none
   * @param trustedProxies addresses of the reverse proxies in front ({@code TRACUU_TRUSTED_PROXIES}): only from
   *     them is {@code X-Forwarded-For} believed, so that nobody else can pick the address they are limited as
   */
  public static Javalin create(Handlers h, String allowedOrigins, int perMinute, java.util.Set<String> trustedProxies) {
    RateLimit limit = new RateLimit(perMinute);
    Metrics metrics = new Metrics();
    return Javalin.create(config -> {
      config.requestLogger.http(metrics::record);
      config.http.maxRequestSize = Handlers.MAX_UPLOAD;
      config.routes.before(ctx -> cors(ctx, allowedOrigins));
      config.routes.before("/api/*", ctx -> {
        if (!limit.allow(client(ctx, trustedProxies))) {
          ctx.header("Retry-After", "60");
          throw new ApiError(429, "too_many_requests", "Quá nhiều yêu cầu; thử lại sau một phút");
        }
      });
      config.routes.get("/health", h::health);
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render(h.documents())));
      config.routes.get("/openapi.json", ctx -> resource(ctx, "/web/openapi.json", "application/json"));
      config.routes.get("/api/search", h::search);
      config.routes.get("/api/documents/<id>", h::document);
      config.routes.get("/api/references", h::references);
      config.routes.get("/api/references/<code>", h::citing);
      config.routes.get("/api/directives/<code>", h::directive);
      config.routes.get("/api/indicators", h::indicators);
      config.routes.get("/api/indicators/summary", h::indicatorSummary);
      config.routes.post("/api/extract", h::extract);
      config.routes.post("/api/citations", h::citations);
      config.routes.get("/api/suggest", h::suggest);
      config.routes.get("/api/analyze", h::analyze);
      config.routes.post("/api/admin/reindex", h::reindex);
      config.routes.post("/api/admin/crawl", h::crawl);
      config.routes.get("/", ctx -> resource(ctx, "/web/index.html", "text/html; charset=utf-8"));
      config.routes.get("/research", ctx -> resource(ctx, "/web/research.html", "text/html; charset=utf-8"));
      config.routes.get("/citations", ctx -> resource(ctx, "/web/citations.html", "text/html; charset=utf-8"));
      config.routes.get("/documents/<id>", h::documentPage);
      config.routes.get("/directives/<code>", h::directivePage);
      config.routes.get("/feeds/directives/<code>", h::directiveFeed);
      config.routes.get("/feeds/search.atom", h::searchFeed);
      config.routes.get("/widget.js", ctx -> resource(ctx, "/web/widget.js", "text/javascript; charset=utf-8"));
      config.routes.get("/vendor/chart.umd.min.js", ctx -> resource(ctx, "/web/vendor/chart.umd.min.js", "text/javascript; charset=utf-8"));
      // what the HTTP server rejects itself (414, 431, undecodable URIs) answers in JSON too
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrors()));
      config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.error, e.getMessage()));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
      config.routes.exception(vn.tracuu.search.SearchSlots.Busy.class, (e, ctx) -> {
        ctx.header("Retry-After", "5");
        error(ctx, 503, "busy", e.getMessage());
      });
      // the index could not be read: a cluster whose nodes do not answer, or answer that they cannot
      config.routes.exception(java.io.UncheckedIOException.class, (e, ctx) -> {
        org.slf4j.LoggerFactory.getLogger(Server.class).warn("index unavailable: " + ctx.path() + ": " + e.getCause().getMessage());
        ctx.header("Retry-After", "5");
        error(ctx, 503, "index_unavailable", "Chỉ mục tạm thời không trả lời; thử lại sau");
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        org.slf4j.LoggerFactory.getLogger(Server.class).error("request failed: " + ctx.path(), e);
        error(ctx, 500, "internal_error", "Lỗi máy chủ");
      });
      config.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        // a handler's own answer (a JSON error, a page saying what is missing) stands; only unrouted paths get this
        if (type == null || !(type.startsWith("application/json") || type.startsWith("text/html"))) {
          error(ctx, 404, "not_found", "Không có đường dẫn " + ctx.path());
        }
      });
      config.routes.error(413, ctx -> error(ctx, 413, "payload_too_large", "Tệp tải lên lớn hơn " + (Handlers.MAX_UPLOAD >> 20) + " MB"));
      config.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed", "Phương thức không được hỗ trợ"));
    });
  }

  /** The client's address: the peer, or the last address a trusted proxy added to {@code X-Forwarded-For}. */
  static String client(Context ctx, java.util.Set<String> trustedProxies) {
    String peer = ctx.req().getRemoteAddr();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(peer)) return peer;
    String[] hops = forwarded.split(",");
    return hops[hops.length - 1].strip();
  }

  /** The widget runs on other sites: GETs are open to the configured origins; writes never cross origins. */
  private static void cors(Context ctx, String allowed) {
    String origin = ctx.header("Origin");
    if (origin == null) return;
    boolean ok = allowed.equals("*") || java.util.Arrays.asList(allowed.split(",")).contains(origin);
    if (!ok) return;
    if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.OPTIONS || ctx.method() == HandlerType.HEAD) {
      ctx.header("Access-Control-Allow-Origin", allowed.equals("*") ? "*" : origin);
      ctx.header("Access-Control-Allow-Methods", "GET");
      ctx.header("Vary", "Origin");
    }
  }

  static void error(Context ctx, int status, String error, String message) {
    ctx.status(status).contentType("application/json").result(Json.write(Map.of("error", error, "message", message == null ? error : message)));
  }

  /** Web files never change while the server runs: their hash is their ETag, and a browser may keep them an hour. */
  private static final Map<String, String> ETAGS = new java.util.concurrent.ConcurrentHashMap<>();

  private static void resource(Context ctx, String path, String type) {
    String etag = ETAGS.computeIfAbsent(path, Server::etag);
    ctx.header("ETag", etag).header("Cache-Control", "public, max-age=3600");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    var in = Server.class.getResourceAsStream(path);
    if (in == null) throw ApiError.notFound(path);
    ctx.contentType(type).result(in);
  }

  private static String etag(String path) {
    try (var in = Server.class.getResourceAsStream(path)) {
      if (in == null) return "\"none\"";
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 8) + "\"";
    } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
