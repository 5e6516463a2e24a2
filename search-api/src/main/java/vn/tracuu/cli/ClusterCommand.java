package vn.tracuu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.cluster.LocalNodes;

@Command(name = "cluster", description = "Chạy N nút OpenSearch thật trên máy này (mỗi nút một JVM, cài plugin analysis-tracuu từ tệp zip đã build) "
    + "để phát triển, demo và kiểm thử; Ctrl-C dừng mọi nút. Triển khai thật: bản phân phối OpenSearch 3.9.0 + plugin (README).")
final class ClusterCommand implements Callable<Integer> {
  @Option(names = "--nodes", defaultValue = "3", description = "Số nút (mặc định 3)") int count;
  @Option(names = "--http-port", defaultValue = "9200", description = "Cổng HTTP của nút đầu; nút i dùng cổng này + i, cổng transport + 100 + i") int httpPort;
  @Option(names = "--data", description = "Thư mục dữ liệu của các nút (mặc định: data/cluster)") Path data;
  @Option(names = "--heap", defaultValue = "1g", description = "Bộ nhớ heap mỗi nút (mặc định 1g)") String heap;

  @Override
  public Integer call() throws Exception {
    if (count < 1 || count > 9) {
      System.err.println("tracuu cluster: --nodes phải từ 1 đến 9");
      return 2;
    }
    if (httpPort < 1024 || httpPort + 100 + count > 65535) {
      System.err.println("tracuu cluster: --http-port phải từ 1024 đến " + (65535 - 100 - count));
      return 2;
    }
    if (!heap.matches("\\d+[mg]")) {
      System.err.println("tracuu cluster: --heap viết như 512m hoặc 1g");
      return 2;
    }
    Path target = ServeCommand.root().resolve("cluster/target");
    Path classpath = target.resolve("node.classpath"), zip = target.resolve("plugin/tracuu-opensearch.zip");
    if (!Files.exists(classpath) || !Files.exists(zip) || !Files.isDirectory(target.resolve("classes"))) {
      System.err.println("tracuu cluster: chưa có plugin và class path của nút trong " + target + " (chạy ./mvnw -B -DskipTests package trong thư mục dự án)");
      return 2;
    }
    Path dir = data == null ? ServeCommand.root().resolve("data/cluster") : data;
    List<LocalNodes.Node> each = new ArrayList<>();
    for (int i = 0; i < count; i++) each.add(new LocalNodes.Node(Files.createDirectories(dir.resolve("node-" + i)), httpPort + i, httpPort + 100 + i));
    LocalNodes.Setup setup = new LocalNodes.Setup(Files.readString(classpath).strip() + java.io.File.pathSeparator + target.resolve("classes"), zip, heap);
    LocalNodes nodes = LocalNodes.start(setup, each);
    // Ctrl-C, SIGTERM: every node closes its shards before this process ends
    Runtime.getRuntime().addShutdownHook(new Thread(nodes::close, "tracuu-cluster-stop"));
    for (int i = 0; i < count; i++) {
      System.out.println("node " + i + " pid " + nodes.processes().get(i).pid() + " http " + each.get(i).http() + " transport " + each.get(i).transport());
    }
    System.out.flush();
    try {
      nodes.await("yellow", count, Duration.ofSeconds(180));
    } catch (java.io.IOException e) {
      System.err.println("tracuu cluster: cụm không khởi động được: " + e.getMessage());
      return 1;
    }
    System.err.println("tracuu cluster: sẵn sàng, --opensearch " + nodes.addresses() + "  (nhật ký: " + dir + "/node-*/node.log)");
    for (Process p : nodes.processes()) {
      int code = p.waitFor();
      System.err.println("tracuu cluster: nút pid " + p.pid() + " đã dừng (mã " + code + ")");
    }
    return 0;
  }
}
