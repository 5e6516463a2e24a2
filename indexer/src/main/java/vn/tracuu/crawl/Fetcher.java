package vn.tracuu.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * HTTP GET with timeouts, at most {@value #MAX_REDIRECTS} redirects, gzip, a clear User-Agent, a size limit,
 * and conditional requests ({@code If-None-Match}, {@code If-Modified-Since}). The client's request timeout ends
 * with the headers; a body that trickles or stalls is cut at the page's time limit by closing its stream.
 */
final class Fetcher {
  static final int MAX_REDIRECTS = 5;

  /** A response; {@code url} is where it came from after redirects. */
  record Response(int status, String url, String contentType, byte[] body, String etag, String lastModified) {}

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();
  /** Closes the bodies that outlive their time; one daemon thread for every fetcher. */
  private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tracuu-fetch-watchdog");
        t.setDaemon(true);
        return t;
      });
  private final String userAgent;
  private final long maxBytes;
  private final Duration pageTime;

  Fetcher(String userAgent, long maxBytes, Duration pageTime) {
    this.userAgent = userAgent;
    this.maxBytes = maxBytes;
    this.pageTime = pageTime;
  }

  Response get(String url, String etag, String lastModified) throws IOException {
    String current = url;
    long deadline = System.nanoTime() + pageTime.toNanos();
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      long left = deadline - System.nanoTime();
      if (left <= 0) throw new IOException("quá " + pageTime.toSeconds() + " s: " + url);
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(current))
          .timeout(Duration.ofNanos(left))
          .header("User-Agent", userAgent)
          .header("Accept-Encoding", "gzip")
          .header("Accept-Language", "vi,en;q=0.5");
      if (etag != null) b.header("If-None-Match", etag);
      if (lastModified != null) b.header("If-Modified-Since", lastModified);
      HttpResponse<InputStream> r;
      try {
        r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("bị ngắt");
      }
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        r.body().close();
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IOException("chuyển hướng không có Location"));
        current = URI.create(current).resolve(location).toString();
        continue;
      }
      byte[] body;
      InputStream raw = r.body();
      java.util.concurrent.atomic.AtomicBoolean cut = new java.util.concurrent.atomic.AtomicBoolean();
      var watch = WATCHDOG.schedule(() -> {
        cut.set(true);
        try {
          raw.close();
        } catch (IOException e) {
          // closing is all that matters; the reader sees the stream end
        }
      }, Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
      try (raw; InputStream in = r.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip") ? new GZIPInputStream(raw) : raw) {
        body = read(in);
      } catch (IOException e) {
        if (cut.get()) throw new IOException("nội dung tải quá " + pageTime.toSeconds() + " s: " + url);
        throw e;
      } finally {
        watch.cancel(false);
      }
      if (cut.get()) throw new IOException("nội dung tải quá " + pageTime.toSeconds() + " s: " + url);
      return new Response(status, current, r.headers().firstValue("Content-Type").orElse(""), body,
          r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null));
    }
    throw new IOException("quá " + MAX_REDIRECTS + " lần chuyển hướng: " + url);
  }

  private byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      out.write(buf, 0, n);
      if (out.size() > maxBytes) throw new IOException("lớn hơn " + (maxBytes >> 20) + " MB");
    }
    return out.toByteArray();
  }
}
