package vn.tracuu.nodes;

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
 * One real OpenSearch node in this JVM, for the integration test: {@code OneNode HOME HTTP_PORT TRANSPORT_PORT}.
 * Plugins come from {@code HOME/plugins} as an installed zip puts them; netty (HTTP and transport) is given as a
 * class path module, as the distribution's {@code modules/} would. Prints {@code started} when it answers.
 */
public final class OneNode {
  private OneNode() {}

  /** The constructor that takes class path plugins is protected: what the test framework's MockNode also uses. */
  private static final class WithModules extends Node {
    WithModules(Environment environment, List<PluginInfo> modules) {
      super(environment, modules, true);
    }
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    Settings settings = Settings.builder()
        .put("path.home", home.toString())
        .put("cluster.name", "tracuu-test")
        .put("node.name", "node-0")
        .put("network.host", "127.0.0.1")
        .put("http.port", args[1])
        .put("transport.port", args[2])
        .put("discovery.type", "single-node")
        .build();
    Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"), () -> "node-0");
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
