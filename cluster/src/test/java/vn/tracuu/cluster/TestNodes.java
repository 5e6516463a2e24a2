package vn.tracuu.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@link LocalNodes} for a test: on free ports, in temporary directories removed when they stop. */
final class TestNodes implements AutoCloseable {
  private final LocalNodes nodes;
  private final List<Path> homes;

  private TestNodes(LocalNodes nodes, List<Path> homes) {
    this.nodes = nodes;
    this.homes = homes;
  }

  /** Starts {@code n} nodes of one cluster and waits until it is green (or yellow with one node). */
  static TestNodes start(int n) throws Exception {
    List<LocalNodes.Node> each = new ArrayList<>();
    List<Path> homes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path home = Files.createTempDirectory("tracuu-node");
      homes.add(home);
      each.add(new LocalNodes.Node(home, freePort(), freePort()));
    }
    String classpath = Files.readString(Path.of(System.getProperty("tracuu.node.classpath"))).strip()
        + java.io.File.pathSeparator + System.getProperty("tracuu.node.classes");
    TestNodes out = new TestNodes(LocalNodes.start(new LocalNodes.Setup(classpath, Path.of(System.getProperty("tracuu.plugin.zip")), "384m"), each), homes);
    try {
      out.await(n > 1 ? "green" : "yellow", n);
      return out;
    } catch (Exception | Error e) {
      out.close();
      throw e;
    }
  }

  void await(String status, int size) throws Exception {
    nodes.await(status, size, Duration.ofSeconds(180));
  }

  String addresses() {
    return nodes.addresses();
  }

  void kill(int i) throws InterruptedException {
    nodes.kill(i);
  }

  List<Process> processes() {
    return nodes.processes();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    nodes.close();
    for (Path home : homes) LocalNodes.delete(home);
  }
}
