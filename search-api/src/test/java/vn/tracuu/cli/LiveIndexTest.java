package vn.tracuu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit made by another run of {@code tracuu index} into the served index is seen without a restart. */
class LiveIndexTest {
  @TempDir Path tmp;

  private static int documents(String base) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body()).get("documents").asInt();
  }

  @Test
  void aCommitOfAnotherRunIsServedWithinTheRefreshInterval() throws Exception {
    Path index = tmp.resolve("index");
    Path root = Path.of(System.getProperty("tracuu.root"));
    assertEquals(0, Tracuu.run("index", "--input", root.resolve("corpus/seeds").toString(), "--index", index.toString()));
    System.setProperty("tracuu.serve.refreshMs", "200");
    Javalin app = ServeCommandAccess.start(index, null, "*");
    try {
      String base = "http://127.0.0.1:" + app.port();
      assertEquals(5, documents(base));
      Path more = Files.createDirectories(tmp.resolve("more"));
      Files.writeString(more.resolve("bao-cao.txt"), "Báo cáo sơ kết Chỉ thị 05-CT/TW\n\n"
          + "Đảng bộ huyện đã tổ chức học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n");
      assertEquals(0, Tracuu.run("index", "--input", more.toString(), "--index", index.toString()));
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (documents(base) != 6 && System.nanoTime() < deadline) Thread.sleep(100);
      assertEquals(6, documents(base), "the new commit is served");
      String found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=bao%20cao%20so%20ket")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(found.contains("bao-cao.txt"), found);
    } finally {
      app.stop();
      System.clearProperty("tracuu.serve.refreshMs");
    }
  }
}
