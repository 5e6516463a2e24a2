package vn.tracuu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tracuu.io.Json;
import vn.tracuu.search.Ranker;

/**
 * The ranking a running server gives its users: the texts of {@code /api/search} in order (an article counts as
 * its text), for judging a deployment as it answers, whichever index it serves. Its pages show near-copies of a
 * story as one hit, which a ranking of every text does not.
 */
public final class ApiRanker implements Ranker {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  /** @param base the server's address, {@code http://127.0.0.1:7070} */
  public ApiRanker(String base) {
    URI uri = URI.create(base.strip().replaceAll("/+$", ""));
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("địa chỉ máy chủ không hợp lệ: " + base + " (ví dụ: http://127.0.0.1:7070)");
    }
    this.base = uri;
  }

  @Override
  public List<Ranked> ranking(String q, int n) throws IOException {
    URI uri = URI.create(base + "/api/search?limit=" + Math.min(n, 100) + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    HttpResponse<String> r;
    try {
      r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("bị ngắt");
    }
    if (r.statusCode() != 200) throw new IOException(uri + ": " + r.statusCode() + " " + r.body());
    Set<String> seen = new LinkedHashSet<>();
    List<Ranked> out = new ArrayList<>();
    for (JsonNode h : Json.MAPPER.readTree(r.body()).path("hits")) {
      String text = h.hasNonNull("partOf") ? h.get("partOf").asText() : h.get("id").asText();
      if (seen.add(text)) out.add(new Ranked(text, (float) h.path("score").asDouble()));
    }
    return out;
  }
}
