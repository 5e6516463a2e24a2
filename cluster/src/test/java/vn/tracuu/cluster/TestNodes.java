package vn.tracuu.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Real OpenSearch nodes for a test, each in a JVM of its own whose class path holds OpenSearch but neither the
 * plugin nor the project: the plugin is installed from its built zip into each node's {@code plugins/}.
 */
final class TestNodes implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final List<Process> processes = new ArrayList<>();
  final List<String> urls = new ArrayList<>();
  private final List<Path> homes = new ArrayList<>();

  /** Starts {@code n} nodes of one cluster and waits until it is green (or yellow with one node). */
  static TestNodes start(int n) throws Exception {
    TestNodes nodes = new TestNodes();
    try {
      int[] http = new int[n], transport = new int[n];
      List<String> names = new ArrayList<>(), seeds = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        http[i] = freePort();
        transport[i] = freePort();
        names.add("node-" + i);
        seeds.add(Integer.toString(transport[i]));
      }
      String classpath = Files.readString(Path.of(System.getProperty("tracuu.node.classpath"))).strip()
          + java.io.File.pathSeparator + System.getProperty("tracuu.node.classes");
      String java = ProcessHandle.current().info().command().orElse("java");
      for (int i = 0; i < n; i++) {
        Path home = Files.createTempDirectory("tracuu-node");
        nodes.homes.add(home);
        install(home);
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx384m", "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
            LocalNode.class.getName(), home.toString(), names.get(i), Integer.toString(http[i]), Integer.toString(transport[i])));
        if (n > 1) cmd.addAll(List.of(String.join(",", seeds), String.join(",", names)));
        nodes.processes.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("node.log").toFile()).start());
        nodes.urls.add("http://127.0.0.1:" + http[i]);
      }
      nodes.await(n > 1 ? "green" : "yellow", n);
      return nodes;
    } catch (Exception | Error e) {
      nodes.close();
      throw e;
    }
  }

  private static void install(Path home) throws IOException {
    Path plugin = Files.createDirectories(home.resolve("plugins/analysis-tracuu"));
    Files.createDirectories(home.resolve("config"));
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of(System.getProperty("tracuu.plugin.zip"))))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (!e.isDirectory()) Files.copy(zip, plugin.resolve(e.getName()));
      }
    }
  }

  /** Waits until every live node answers and the cluster of {@code size} nodes has the status. */
  void await(String status, int size) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    for (int i = 0; i < processes.size(); i++) {
      if (!processes.get(i).isAlive()) continue;
      while (true) {
        assertTrue(processes.get(i).isAlive(), "node " + i + " stopped: " + log(i));
        try {
          HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(urls.get(i) + "/_cluster/health?wait_for_status=" + status
              + "&wait_for_nodes=" + size + "&timeout=5s")).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) break;
        } catch (IOException notYet) {
          // not listening yet
        }
        assertTrue(System.nanoTime() < deadline, "node " + i + " not " + status + " in 180 s: " + log(i));
        Thread.sleep(500);
      }
    }
  }

  String log(int i) throws IOException {
    String s = Files.readString(homes.get(i).resolve("node.log"));
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }

  /** The nodes' addresses, comma-separated, as {@code --opensearch} takes them. */
  String addresses() {
    return String.join(",", urls);
  }

  /** Kills node i at once (SIGKILL): no shutdown, no goodbye to the cluster. */
  void kill(int i) throws InterruptedException {
    processes.get(i).destroyForcibly().waitFor();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    for (Process p : processes) p.destroy();
    for (Process p : processes) if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
    for (Path home : homes) {
      try (var files = Files.walk(home)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }
}
