package vn.tracuu.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tracuu.io.Json;

/**
 * The nodes of an OpenSearch cluster, over HTTP. A request goes to the next node in turn; a node that does not
 * answer is skipped for the next one (failover), and a cluster that says it is busy (429, 503) is asked again
 * after a growing pause (back-pressure), up to {@link #RETRIES} times; so is a search that failed on the cluster's
 * side (5xx: a shard's node lost while it ran).
 */
public final class Cluster {
  static final int RETRIES = 6;
  private final List<URI> nodes;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final AtomicInteger next = new AtomicInteger();
  private final Duration timeout;

  private Cluster(List<URI> nodes, Duration timeout) {
    this.nodes = nodes;
    this.timeout = timeout;
  }

  /** @param urls one node's address or several, comma-separated: {@code http://10.0.0.1:9200,http://10.0.0.2:9200} */
  public static Cluster connect(String urls) {
    List<URI> nodes = new ArrayList<>();
    for (String u : urls.split(",")) {
      if (u.isBlank()) continue;
      URI uri = URI.create(u.strip().replaceAll("/+$", ""));
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("địa chỉ nút OpenSearch không hợp lệ: " + u.strip() + " (ví dụ: http://127.0.0.1:9200)");
      }
      nodes.add(uri);
    }
    if (nodes.isEmpty()) throw new IllegalArgumentException("--opensearch cần ít nhất một địa chỉ nút");
    return new Cluster(List.copyOf(nodes), Duration.ofSeconds(60));
  }

  /** An answer: its HTTP status and body. */
  record Answer(int status, String body) {
    boolean ok() {
      return status / 100 == 2;
    }

    JsonNode json() throws IOException {
      return Json.MAPPER.readTree(body);
    }
  }

  /** The JSON of a successful answer; an error answer is an exception that quotes the cluster's reason. */
  JsonNode ok(String method, String path, Object body) throws IOException {
    String type = path.endsWith("/_bulk") ? "application/x-ndjson" : "application/json";
    Answer a = send(method, path, body == null ? null : body instanceof String s ? s : Json.write(body), type);
    if (!a.ok()) throw new IOException(method + " " + path + ": " + a.status() + " " + shorten(a.body()));
    return a.json();
  }

  Answer send(String method, String path, String body, String contentType) throws IOException {
    // a read that failed on the cluster's side (a shard's node lost between phases: "node_disconnected", 500) is
    // asked again, when a replica has taken over; a write is not, the bulk reports each item itself
    boolean read = "GET".equals(method) || "HEAD".equals(method) || path.contains("/_search") || path.contains("/_count");
    IOException lastFailure = null;
    long pause = 100;
    for (int attempt = 0; attempt <= RETRIES; attempt++) {
      for (int tried = 0; tried < nodes.size(); tried++) {
        URI node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(node + path)).timeout(timeout)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) r.header("Content-Type", contentType);
        try {
          HttpResponse<String> got = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          int status = got.statusCode();
          if (status != 429 && status != 503 && !(read && status >= 500)) return new Answer(status, got.body());
          lastFailure = new IOException(node + ": " + got.statusCode() + " " + shorten(got.body()));
          break; // busy: the whole cluster is, wait before asking again
        } catch (IOException e) {
          // refused, reset or timed out: the next node (every request is safe to repeat: searches, and writes by id)
          lastFailure = new IOException(node + " không trả lời: " + e, e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("bị ngắt");
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("bị ngắt");
      }
      pause = Math.min(pause * 2, 5_000);
    }
    throw lastFailure;
  }

  private static String shorten(String s) {
    return s == null ? "" : s.length() > 500 ? s.substring(0, 500) + "…" : s;
  }
}
