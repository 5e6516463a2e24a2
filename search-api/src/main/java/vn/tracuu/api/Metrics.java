package vn.tracuu.api;

import io.javalin.http.Context;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code GET /metrics} reports in Prometheus' text format: requests by route and status, a latency histogram
 * by route, the index's size. Each request is also logged as one JSON line (method, route, status, time), never
 * with its query text.
 */
final class Metrics {
  private static final Logger REQUESTS = LoggerFactory.getLogger("tracuu.requests");
  /** Upper bounds of the latency buckets, seconds. */
  private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();

  private static final class Histogram {
    final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

    Histogram() {
      for (int i = 0; i < buckets.length; i++) buckets[i] = new LongAdder();
    }
  }

  /** The route pattern ({@code /api/documents/<id>}), not the path a client sent: a bounded set of labels. */
  private static String route(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }

  void record(Context ctx, float millis) {
    String route = route(ctx);
    int status = ctx.statusCode();
    requests.computeIfAbsent(ctx.method().name() + "\t" + route + "\t" + status, k -> new LongAdder()).increment();
    Histogram h = latency.computeIfAbsent(route, k -> new Histogram());
    double seconds = millis / 1000.0;
    for (int i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) h.buckets[i].increment();
    h.count.increment();
    h.sum.add(seconds);
    if (REQUESTS.isInfoEnabled()) {
      REQUESTS.info(vn.tracuu.io.Json.write(Map.of("method", ctx.method().name(), "route", route, "status", status,
          "ms", Math.round(millis * 10) / 10.0)));
    }
  }

  String render(int documents) {
    StringBuilder b = new StringBuilder();
    b.append("# HELP tracuu_http_requests_total Requests answered, by method, route and status.\n");
    b.append("# TYPE tracuu_http_requests_total counter\n");
    for (var e : new TreeMap<>(requests).entrySet()) {
      String[] k = e.getKey().split("\t");
      b.append("tracuu_http_requests_total{method=\"").append(k[0]).append("\",route=\"").append(escape(k[1]))
          .append("\",status=\"").append(k[2]).append("\"} ").append(e.getValue().sum()).append('\n');
    }
    b.append("# HELP tracuu_http_request_duration_seconds Time to answer, by route.\n");
    b.append("# TYPE tracuu_http_request_duration_seconds histogram\n");
    for (var e : new TreeMap<>(latency).entrySet()) {
      String route = escape(e.getKey());
      Histogram h = e.getValue();
      for (int i = 0; i < BUCKETS.length; i++) {
        b.append("tracuu_http_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"").append(BUCKETS[i])
            .append("\"} ").append(h.buckets[i].sum()).append('\n');
      }
      b.append("tracuu_http_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"+Inf\"} ").append(h.count.sum()).append('\n');
      b.append("tracuu_http_request_duration_seconds_sum{route=\"").append(route).append("\"} ").append(h.sum.sum()).append('\n');
      b.append("tracuu_http_request_duration_seconds_count{route=\"").append(route).append("\"} ").append(h.count.sum()).append('\n');
    }
    b.append("# HELP tracuu_index_documents Texts in the index being served.\n");
    b.append("# TYPE tracuu_index_documents gauge\n");
    b.append("tracuu_index_documents ").append(documents).append('\n');
    return b.toString();
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
