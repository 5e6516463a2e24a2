package vn.tracuu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tracuu.index.Fields;

/**
 * kill -9 while indexing, and inside a commit: the index stays at its last commit, readable, and a rerun completes
 * it exactly once.
 */
class KillResumeTest {
  static final int DOCS = 9000;
  @TempDir Path tmp;

  @Test
  void killedIndexingResumesCompleteAndDuplicateFree() throws Exception {
    Path input = news(tmp.resolve("news.jsonl"));
    Path index = tmp.resolve("index");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Tracuu.class.getName(),
        "index", "--input", input.toString(), "--index", index.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    // wait for the first commit after the empty one, then kill -9
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && p.isAlive() && committedDocs(index) == 0) Thread.sleep(20);
    p.destroyForcibly().waitFor();
    int atKill = committedDocs(index);
    assertTrue(atKill > 0 && atKill < DOCS, "killed mid-way, at a commit: " + atKill + " documents");
    assertEquals(atKill, ids(index).size(), "readable, each document once");

    assertEquals(0, Tracuu.run("index", "--input", input.toString(), "--index", index.toString()));
    Set<String> ids = ids(index);
    assertEquals(DOCS, committedDocs(index));
    assertEquals(DOCS, ids.size());
    for (int i = 0; i < DOCS; i += 997) assertTrue(ids.contains("tin-" + i));
  }

  /** kill -9 inside a commit (prepared, not yet done): the index is at the commit before, and a rerun completes it. */
  @Test
  void killedInsideACommitResumesCompleteAndDuplicateFree() throws Exception {
    Path input = news(tmp.resolve("news.jsonl"));
    Path index = tmp.resolve("index");
    Path log = tmp.resolve("child.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Dtracuu.test.pauseAtCommit=2", "-cp", System.getProperty("java.class.path"),
        Tracuu.class.getName(), "index", "--input", input.toString(), "--index", index.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // the second commit of the run holds its prepared state for a minute: kill -9 in it
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && p.isAlive() && prepared(log) < 1) Thread.sleep(20);
    assertEquals(1, prepared(log), Files.readString(log));
    int before = committedDocs(index);
    p.destroyForcibly().waitFor();
    assertEquals(before, committedDocs(index), "the prepared commit is not there");
    assertEquals(before, ids(index).size(), "readable, each document once");
    assertTrue(before > 0 && before < DOCS, before + " documents at the commit before");

    assertEquals(0, Tracuu.run("index", "--input", input.toString(), "--index", index.toString()));
    assertEquals(DOCS, committedDocs(index));
    assertEquals(DOCS, ids(index).size());
  }

  /** DOCS different short news texts as JSON Lines, from the paragraphs of a seed. */
  private static Path news(Path input) throws java.io.IOException {
    Path root = Path.of(System.getProperty("tracuu.root"));
    List<String> paragraphs = Files.readAllLines(root.resolve("corpus/seeds/004_259665a0c3b3c4b2.txt")).stream()
        .filter(l -> l.length() > 100).toList();
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < DOCS; i++) {
        String text = "Bài " + i + ". " + paragraphs.get(i % paragraphs.size()) + " " + paragraphs.get((i * 7 + 3) % paragraphs.size());
        w.write(json.writeValueAsString(Map.of("id", "tin-" + i, "title", "Tin số " + i, "text", text)));
        w.newLine();
      }
    }
    return input;
  }

  private static long prepared(Path log) throws java.io.IOException {
    return Files.exists(log) ? Files.readString(log).lines().filter(l -> l.equals("tracuu: commit prepared")).count() : 0;
  }

  private static int committedDocs(Path index) {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      // texts only: each text's indicator rows are documents of their own
      return new org.apache.lucene.search.IndexSearcher(r).count(new org.apache.lucene.search.TermQuery(
          new org.apache.lucene.index.Term(Fields.RECORD, vn.tracuu.index.TracuuIndex.DOCUMENT)));
    } catch (Exception e) {
      return 0; // no commit yet
    }
  }

  private static Set<String> ids(Path index) throws Exception {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      for (var leaf : r.leaves()) {
        var live = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          String id = stored.document(d).get(Fields.ID);
          if (id != null) assertTrue(ids.add(id), "duplicate id");
        }
      }
    }
    return ids;
  }
}
