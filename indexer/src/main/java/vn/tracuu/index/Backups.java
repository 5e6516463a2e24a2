package vn.tracuu.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * Copies of an index that can be taken while it serves and is written to. A backup is the files of the last
 * commit (Lucene never changes a file once written), so it is consistent by construction; if a later commit
 * deletes one of them during the copy, the copy starts again from that later commit. A restore never overwrites:
 * the index it replaces is kept beside it.
 */
public final class Backups {
  /** Crawl state and other files of ours that live beside the index's own. */
  private static final String[] EXTRAS = {"crawl-state.json"};
  private static final int ATTEMPTS = 5;

  /** What a backup or restore copied: how many texts, from which commit. */
  public record Copy(int texts, long generation, Path where, Path kept) {}

  private Backups() {}

  /** Copies the last commit of {@code index} to {@code to}, which must not exist yet. */
  public static Copy backup(Path index, Path to) throws IOException {
    if (Files.exists(to)) throw new IllegalArgumentException("đã có " + to + ": chọn một thư mục chưa có");
    if (!DirectoryReader.indexExists(FSDirectory.open(index))) throw new IllegalArgumentException("không có chỉ mục ở " + index);
    Path tmp = to.resolveSibling(to.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    for (int attempt = 1; ; attempt++) {
      deleteTree(tmp);
      Files.createDirectories(tmp);
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        IndexCommit commit = reader.getIndexCommit();
        for (String name : commit.getFileNames()) Files.copy(index.resolve(name), tmp.resolve(name));
        for (String extra : EXTRAS) {
          if (Files.exists(index.resolve(extra))) Files.copy(index.resolve(extra), tmp.resolve(extra));
        }
        int texts = texts(tmp);
        Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
        return new Copy(texts, commit.getGeneration(), to, null);
      } catch (NoSuchFileException e) {
        if (attempt == ATTEMPTS) throw new IOException("chỉ mục thay đổi liên tục, sao lưu không xong sau " + ATTEMPTS + " lần", e);
      }
    }
  }

  /**
   * Puts the backup {@code from} in place of {@code index}: checked first, copied beside it, then swapped in by
   * renames; an index that was there is kept as {@code index.before-restore-<time>}. Not while a server writes
   * to the index.
   */
  public static Copy restore(Path from, Path index) throws IOException {
    if (!Files.isDirectory(from) || !DirectoryReader.indexExists(FSDirectory.open(from))) {
      throw new IllegalArgumentException("không có bản sao lưu ở " + from);
    }
    Path tmp = index.resolveSibling(index.getFileName() + ".restoring");
    deleteTree(tmp);
    Files.createDirectories(tmp);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("write.lock")) Files.copy(f, tmp.resolve(f.getFileName()));
      }
    }
    int texts = texts(tmp);
    long generation = SegmentInfos.readLatestCommit(FSDirectory.open(tmp)).getGeneration();
    Path kept = null;
    if (Files.exists(index)) {
      kept = index.resolveSibling(index.getFileName() + ".before-restore-" + System.currentTimeMillis());
      Files.move(index, kept, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(tmp, index, StandardCopyOption.ATOMIC_MOVE);
    return new Copy(texts, generation, index, kept);
  }

  /** Opens the copy as an index, which it must be: how many texts it holds. */
  private static int texts(Path copy) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(copy))) {
      return new org.apache.lucene.search.IndexSearcher(r).count(
          new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.RECORD, TracuuIndex.DOCUMENT)));
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(x);
    }
  }
}
