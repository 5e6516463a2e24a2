package vn.tracuu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.index.Backups;

@Command(name = "restore", description = "Khôi phục chỉ mục từ bản sao lưu; chỉ mục đang có được giữ lại bên cạnh. Dừng serve trước.")
final class RestoreCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, description = "Thư mục bản sao lưu") Path from;
  @Option(names = "--index", description = "Thư mục chỉ mục (mặc định: data/index)") Path index;

  @Override
  public Integer call() throws Exception {
    try {
      Backups.Copy c = Backups.restore(from, index == null ? ServeCommand.defaultIndex() : index);
      System.err.println("tracuu restore: " + c.texts() + " tài liệu → " + c.where()
          + (c.kept() == null ? "" : "; chỉ mục cũ giữ ở " + c.kept()));
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("tracuu restore: " + e.getMessage());
      return 2;
    }
  }
}
