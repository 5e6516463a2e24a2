package vn.tracuu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.index.Backups;

@Command(name = "backup", description = "Sao lưu chỉ mục (kể cả khi đang phục vụ hoặc đang lập chỉ mục): bản của lần ghi gần nhất.")
final class BackupCommand implements Callable<Integer> {
  @Option(names = "--index", description = "Thư mục chỉ mục (mặc định: data/index)") Path index;
  @Option(names = "--to", required = true, description = "Thư mục bản sao lưu (chưa tồn tại)") Path to;

  @Override
  public Integer call() throws Exception {
    try {
      Backups.Copy c = Backups.backup(index == null ? ServeCommand.defaultIndex() : index, to);
      System.err.println("tracuu backup: " + c.texts() + " tài liệu (lần ghi " + c.generation() + ") → " + c.where());
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("tracuu backup: " + e.getMessage());
      return 2;
    }
  }
}
