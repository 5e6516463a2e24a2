package vn.tracuu.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * One real OpenSearch node in this JVM, started by {@link LocalNodes}:
 * {@code LocalNode HOME NAME HTTP_PORT TRANSPORT_PORT [SEED_PORTS NODE_NAMES]}, the last two comma-separated for a
 * cluster of several nodes (the transport ports of all of them, and their names), absent for a single node.
 * Plugins come from {@code HOME/plugins} as an installed zip puts them; netty (HTTP and transport) is given as a
 * class path module, as the distribution's {@code modules/} would. Prints {@code started} when it answers.
 */
public final class LocalNode {
  private LocalNode() {}

  /** The constructor that takes class path plugins is protected: what the test framework's MockNode also uses. */
  private static final class WithModules extends Node {
    WithModules(Environment environment, List<PluginInfo> modules) {
      super(environment, modules, true);
    }
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    String name = args[1];
    Settings.Builder settings = Settings.builder()
        .put("path.home", home.toString())
        .put("cluster.name", "tracuu-test")
        .put("node.name", name)
        .put("network.host", "127.0.0.1")
        .put("http.port", args[2])
        .put("transport.port", args[3]);
    if (args.length > 5) {
      settings.putList("discovery.seed_hosts", java.util.Arrays.stream(args[4].split(",")).map(p -> "127.0.0.1:" + p).toList());
      settings.putList("cluster.initial_cluster_manager_nodes", List.of(args[5].split(",")));
    } else {
      settings.put("discovery.type", "single-node");
    }
    Environment environment = InternalSettingsPreparer.prepareEnvironment(settings.build(), Map.of(), home.resolve("config"), () -> name);
    PluginInfo netty = new PluginInfo("transport-netty4", "HTTP and transport", Version.CURRENT.toString(), Version.CURRENT,
        "21", "org.opensearch.transport.Netty4ModulePlugin", List.of(), false);
    Node node = new WithModules(environment, List.of(netty)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        node.close();
      } catch (java.io.IOException e) {
        // stopping anyway
      }
    }));
    System.out.println("started");
    Thread.currentThread().join();
  }
}
