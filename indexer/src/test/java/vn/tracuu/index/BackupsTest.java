package vn.tracuu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
  @TempDir Path tmp;
  private final PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());

  private int count(Path index) throws Exception {
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      return idx.count();
    }
  }

  @Test
  void aBackupTakenWhileIndexingOpensAndARestoreKeepsWhatItReplaces() throws Exception {
    Path index = tmp.resolve("index");
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      new IndexJob(idx, quiet).run(List.of(Path.of("../corpus/seeds")));
    }
    Path first = tmp.resolve("backup-1");
    Backups.Copy c = Backups.backup(index, first);
    assertEquals(5, c.texts());

    // the legal documents are indexed while backups are taken: each backup is one commit, whole
    CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
      try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
        new IndexJob(idx, quiet).run(List.of(Path.of("../corpus/legal")));
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    for (int i = 0; !writing.isDone() || i < 2; i++) {
      Backups.Copy during = Backups.backup(index, tmp.resolve("during-" + i));
      assertTrue(during.texts() == 5 || during.texts() == 52, "a commit, never half of one: " + during.texts());
    }
    writing.get();
    assertEquals(52, count(index));

    Backups.Copy back = Backups.restore(first, index);
    assertEquals(5, back.texts());
    assertEquals(5, count(index));
    assertEquals(52, count(back.kept()), "the index the restore replaced is kept");
    assertThrows(IllegalArgumentException.class, () -> Backups.backup(index, first), "never over an existing backup");
    assertThrows(IllegalArgumentException.class, () -> Backups.restore(tmp.resolve("nothing"), index));
    assertTrue(Files.exists(index.resolveSibling("index")));
  }
}
