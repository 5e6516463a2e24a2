package vn.tracuu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tracuu}: the command line of Tra Cứu. */
@Command(
    name = "tracuu",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "tracuu 0.1.0",
    description = "Tra Cứu: tìm kiếm và phân tích văn kiện Đảng, văn bản nhà nước và tin bài dẫn chiếu chúng.",
    subcommands = {AnalyzeCommand.class, ExtractCommand.class, IndexCommand.class, SearchCommand.class, IndicatorsCommand.class, ServeCommand.class, CrawlCommand.class, ClusterCommand.class, EvalCommand.class, BackupCommand.class, RestoreCommand.class})
public final class Tracuu implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * Lucene says on stderr whether the JDK's incubating vector module is in use; that banner is not for the user
   * (measured on the judged queries: no slower without the module). Held here: loggers are weakly referenced.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.OFF);
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code: 0 done, 1 failed, 2 bad usage. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Tracuu());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("tracuu: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cl.execute(args);
  }
}
