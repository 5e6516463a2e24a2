package vn.tracuu.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.tracuu.search.Backend;

/** An index that cannot be read (a cluster whose nodes are all down) is a 503 with a JSON body, not a 500. */
class UnavailableIndexTest {
  @Test
  void everyReadAnswers503WithRetryAfter() throws Exception {
    // what ClusterSearcher throws when no node answers
    Backend down = (Backend) java.lang.reflect.Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
        (proxy, method, args) -> {
          throw new java.io.UncheckedIOException(new java.io.IOException("http://127.0.0.1:9200 không trả lời"));
        });
    Javalin app = Server.create(new Handlers(() -> down, (String) null, null), "*").start("127.0.0.1", 0);
    try {
      for (String path : new String[] {"/api/search?q=chi%20thi%2005", "/api/indicators?unit=%25", "/api/references", "/api/documents/x"}) {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), path + ": " + r.body());
        assertTrue(r.body().contains("\"error\":\"index_unavailable\""), r.body());
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
      }
    } finally {
      app.stop();
    }
  }
}
