package vn.tracuu.cluster;

import java.io.IOException;
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
 * Real OpenSearch nodes on this machine, each in a JVM of its own ({@link LocalNode}) whose class path holds
 * OpenSearch but neither the plugin nor the project: the plugin is installed from its built zip into each node's
 * {@code plugins/}, as {@code opensearch-plugin install} would. For development, demos and tests
 * ({@code tracuu cluster}); a production cluster is a distribution of OpenSearch with the plugin installed.
 */
public final class LocalNodes implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Process> processes = new ArrayList<>();
  private final List<String> urls = new ArrayList<>();
  private final List<Path> homes = new ArrayList<>();

  /** What the nodes run: OpenSearch's class path (with {@link LocalNode}), the plugin's zip, a heap size. */
  public record Setup(String classpath, Path pluginZip, String heap) {}

  /** One node: its directory, its HTTP and transport ports. */
  public record Node(Path home, int http, int transport) {}

  private LocalNodes() {}

  /**
   * Starts the nodes of one cluster and returns at once: {@link #await} waits until it is up. Each node's log is
   * {@code node.log} in its directory.
   */
  public static LocalNodes start(Setup setup, List<Node> nodes) throws IOException {
    LocalNodes out = new LocalNodes();
    try {
      List<String> names = new ArrayList<>(), seeds = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        names.add("node-" + i);
        seeds.add(Integer.toString(nodes.get(i).transport()));
      }
      String java = ProcessHandle.current().info().command().orElse("java");
      for (int i = 0; i < nodes.size(); i++) {
        Node n = nodes.get(i);
        install(setup.pluginZip(), n.home());
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + setup.heap(), "--enable-native-access=ALL-UNNAMED", "-cp",
            setup.classpath(), LocalNode.class.getName(), n.home().toString(), names.get(i), Integer.toString(n.http()),
            Integer.toString(n.transport())));
        if (nodes.size() > 1) cmd.addAll(List.of(String.join(",", seeds), String.join(",", names)));
        out.homes.add(n.home());
        out.processes.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(n.home().resolve("node.log").toFile()).start());
        out.urls.add("http://127.0.0.1:" + n.http());
      }
      return out;
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /** The plugin as its zip puts it, replacing an older one. */
  private static void install(Path zipFile, Path home) throws IOException {
    Path plugin = home.resolve("plugins/analysis-tracuu");
    delete(plugin);
    Files.createDirectories(plugin);
    Files.createDirectories(home.resolve("config"));
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        Path to = plugin.resolve(e.getName()).normalize();
        if (!to.startsWith(plugin)) throw new IOException("a path outside the plugin in " + zipFile + ": " + e.getName());
        if (!e.isDirectory()) Files.copy(zip, to);
      }
    }
  }

  /**
   * Waits until every live node answers and the cluster of {@code size} nodes has the status (green, yellow);
   * an exception quoting a node's log when it stops or the time runs out.
   */
  public void await(String status, int size, Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    for (int i = 0; i < processes.size(); i++) {
      if (!processes.get(i).isAlive()) continue;
      while (true) {
        if (!processes.get(i).isAlive()) throw new IOException("node " + i + " stopped: " + log(i));
        try {
          HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(urls.get(i) + "/_cluster/health?wait_for_status=" + status
              + "&wait_for_nodes=" + size + "&timeout=5s")).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) break;
        } catch (IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() > deadline) throw new IOException("node " + i + " not " + status + " in " + limit.toSeconds() + " s: " + log(i));
        Thread.sleep(500);
      }
    }
  }

  /** The end of node i's log. */
  public String log(int i) throws IOException {
    String s = Files.readString(homes.get(i).resolve("node.log"));
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }

  public List<Process> processes() {
    return List.copyOf(processes);
  }

  /** The nodes' addresses, comma-separated, as {@code --opensearch} takes them. */
  public String addresses() {
    return String.join(",", urls);
  }

  /** Kills node i at once (SIGKILL): no shutdown, no goodbye to the cluster. */
  public void kill(int i) throws InterruptedException {
    processes.get(i).destroyForcibly().waitFor();
  }

  /** Stops every node (SIGTERM: each closes its shards), forcibly after 30 s. */
  @Override
  public void close() {
    for (Process p : processes) p.destroy();
    for (Process p : processes) {
      try {
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
