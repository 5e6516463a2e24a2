package vn.tracuu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a user types, on the bundled corpus, with their output and exit codes. */
class CommandLineTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path ROOT = Path.of(System.getProperty("tracuu.root"));
  @TempDir static Path tmp;
  static Path index;

  /** Exit code and standard output of one command line. */
  record Run(int code, String out) {}

  static Run run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      return new Run(Tracuu.run(args), buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
  }

  @BeforeAll
  static void indexBundledCorpus() {
    index = tmp.resolve("index");
    assertEquals(0, run("index", "--input", ROOT.resolve("corpus/seeds").toString(), "--input",
        ROOT.resolve("corpus/legal").toString(), "--index", index.toString()).code());
  }

  /** The bundled corpus is one batch: {@code tracuu index} leaves it merged into one segment, every text in it. */
  @Test
  void aBatchIsMergedIntoOneSegment() throws Exception {
    try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(index))) {
      assertEquals(1, reader.leaves().size());
      assertEquals(52, new org.apache.lucene.search.IndexSearcher(reader).count(vn.tracuu.search.Queries.TEXTS));
    }
  }

  @Test
  void indexNeedsOneDestinationAndAClusterAddress() {
    String seeds = ROOT.resolve("corpus/seeds").toString();
    assertEquals(2, run("index", "--input", seeds).code(), "neither --index nor --opensearch");
    assertEquals(2, run("index", "--input", seeds, "--index", tmp.resolve("x").toString(), "--opensearch", "http://127.0.0.1:9200").code(),
        "both");
    assertEquals(2, run("index", "--input", seeds, "--opensearch", "ftp://127.0.0.1:9200").code(), "not an HTTP address");
    assertEquals(2, run("eval", "--opensearch", "127.0.0.1").code(), "an address without its scheme");
    assertEquals(2, run("serve", "--index", tmp.resolve("x").toString(), "--opensearch", "http://127.0.0.1:9200").code(), "serve from both");
    assertEquals(2, run("crawl", "--seed", "http://127.0.0.1:1/", "--opensearch", "http://127.0.0.1:9200", "--index", tmp.resolve("x").toString()).code(),
        "crawl into both");
    assertEquals(2, run("serve", "--opensearch", "http://127.0.0.1:1", "--port", "0").code(), "no node answers");
    assertEquals(2, run("cluster", "--nodes", "0").code(), "no nodes");
    assertEquals(2, run("cluster", "--heap", "lots").code(), "a heap that is not a size");
  }

  @Test
  void analyzeShowsBothViewsAsJson() throws Exception {
    Run r = run("analyze", "--json", "Ðảng uỷ TCCSĐ triển khai Chỉ thị 40 – CT/TW");
    assertEquals(0, r.code());
    JsonNode views = JSON.readTree(r.out());
    assertEquals("đảng", views.get("exact").get(0).get("term").asText());
    assertEquals("ủy", views.get("exact").get(1).get("term").asText());
    assertTrue(views.get("folded").toString().contains("\"40-ct/tw\""));
    assertTrue(views.get("exact").toString().contains("\"tổ\""), "the abbreviation expanded");
  }

  @Test
  void extractAsCsvAndJson() throws Exception {
    String seed = ROOT.resolve("corpus/seeds/003_f7b0d7ec67d0c555.txt").toString();
    Run csv = run("extract", "--csv", seed);
    assertEquals(0, csv.code());
    assertTrue(csv.out().startsWith("\uFEFFdocument,title,url,published,value,valueTo,of,unit,kind,"), "BOM and header");
    assertTrue(csv.out().contains(",72,,,đảng viên,count,kết nạp đảng viên,"), csv.out());
    assertTrue(csv.out().contains(",67,107.46,"), "target and achieved on the figure");
    JsonNode json = JSON.readTree(run("extract", seed).out());
    assertTrue(json.get("references").toString().contains("05-CT/TW"));
    assertEquals(2, run("extract", tmp.resolve("khong-co.txt").toString()).code(), "a missing file is a usage error");
  }

  @Test
  void searchForScriptsPrintsTheApiObject() throws Exception {
    Run r = run("search", "--index", index.toString(), "--json", "--limit", "2", "chi thi so 05");
    assertEquals(0, r.code());
    JsonNode res = JSON.readTree(r.out());
    assertTrue(res.get("total").asInt() >= 2);
    assertTrue(res.get("hits").get(0).get("references").toString().contains("05-CT/TW"));
    assertEquals(2, run("search", "--index", tmp.resolve("none").toString(), "x").code());
  }

  @Test
  void searchForPeoplePrintsPlainTextAndTheWordItMostLikelyMeant() throws Exception {
    // the seeds quote "tự diễn biến", "tự chuyển hóa": the quotes print as quotes, the matches in brackets
    Run r = run("search", "--index", index.toString(), "--limit", "3", "tu dien bien tu chuyen hoa");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("\"[tự] [diễn] [biến]\""), r.out());
    assertFalse(r.out().contains("&quot;") || r.out().contains("&amp;") || r.out().contains("<mark>"), r.out());
    Run typo = run("search", "--index", index.toString(), "--limit", "1", "ket nap dang vein");
    assertTrue(typo.out().startsWith("Có phải bạn muốn tìm: ket nap dang vien\n"), typo.out());
  }

  @Test
  void indicatorsForScriptsFilterGroupAndExport() throws Exception {
    Run json = run("indicators", "--index", index.toString(), "--unit", "đảng viên", "--limit", "1000");
    assertEquals(0, json.code());
    JsonNode table = JSON.readTree(json.out());
    int total = table.get("total").asInt();
    assertTrue(total > 0, "the seeds report party members");
    assertEquals(total, table.get("rows").size(), "every row on one page of 1000");
    for (JsonNode row : table.get("rows")) assertEquals("đảng viên", row.get("unit").asText());
    Run csv = run("indicators", "--index", index.toString(), "--unit", "đảng viên", "--csv");
    assertEquals(0, csv.code());
    assertTrue(csv.out().startsWith("\uFEFFdocument,"), "BOM and header");
    assertEquals(total + 1, csv.out().lines().count(), "a header and one line per row");
    Run byPlace = run("indicators", "--index", index.toString(), "--unit", "đảng viên", "--by", "place");
    assertEquals(0, byPlace.code());
    assertTrue(byPlace.out().contains("Yên Bái"), byPlace.out());
    assertEquals(2, run("indicators", "--index", index.toString(), "--by", "nope").code(), "an unknown grouping is a usage error");
  }

  /**
   * The legal development set (questions written and labelled by others, beside the project, never copied into
   * it) on a slice: 40 questions over an index of their articles and 200 others. Full runs are in BENCHMARKS.md.
   */
  @Test
  void questionsOfOthersOnASliceOfTheLegalSet() throws Exception {
    Path set = ROOT.resolve("../shared/data/legal-qa-alqac2022").normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(set), "the legal development set is not beside the project");
    List<String> questions = Files.readAllLines(set.resolve("queries.jsonl")).subList(0, 40);
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (String q : questions) for (JsonNode id : JSON.readTree(q).get("relevant")) wanted.add(id.asText());
    Path articles = tmp.resolve("legal-slice.jsonl");
    int others = 0;
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
        Files.newInputStream(set.resolve("corpus.jsonl.gz"))), StandardCharsets.UTF_8));
        var out = Files.newBufferedWriter(articles)) {
      for (String line; (line = in.readLine()) != null; ) {
        boolean relevant = wanted.contains(JSON.readTree(line).get("id").asText());
        if (relevant || others++ < 200) out.write(line + "\n");
      }
    }
    Path slice = tmp.resolve("questions.jsonl");
    Files.write(slice, questions);
    Path legal = tmp.resolve("legal-index");
    assertEquals(0, run("index", "--input", articles.toString(), "--index", legal.toString()).code());
    Run r = run("eval", "--index", legal.toString(), "--questions", slice.toString());
    assertEquals(0, r.code(), r.out());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^question +40 +([0-9.]+) +[0-9.]+ +([0-9.]+)").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(Double.parseDouble(m.group(1)) >= 0.85, "nDCG@10 on the slice: " + r.out());
    assertTrue(Double.parseDouble(m.group(2)) >= 0.95, "Recall@100 on the slice: " + r.out());
    java.util.regex.Matcher folded = java.util.regex.Pattern.compile("(?m)^question, không dấu +40 +([0-9.]+)").matcher(r.out());
    assertTrue(folded.find() && Double.parseDouble(folded.group(1)) >= 0.95 * Double.parseDouble(m.group(1)),
        "without diacritics within 5%: " + r.out());
    assertEquals(2, run("eval", "--index", legal.toString(), "--questions", tmp.resolve("none.jsonl").toString()).code());
  }

  @Test
  void backupAndRestoreFromTheCommandLine() throws Exception {
    Path copy = tmp.resolve("backup"), restored = tmp.resolve("restored");
    assertEquals(0, run("backup", "--index", index.toString(), "--to", copy.toString()).code());
    assertEquals(2, run("backup", "--index", index.toString(), "--to", copy.toString()).code(), "never over a backup");
    assertEquals(2, run("restore", "--from", tmp.resolve("khong-co").toString(), "--index", restored.toString()).code());
    assertEquals(0, run("restore", "--from", copy.toString(), "--index", restored.toString()).code());
    Run r = run("search", "--index", restored.toString(), "--json", "--limit", "1", "chi thi so 05");
    assertEquals(0, r.code());
    assertTrue(JSON.readTree(r.out()).get("total").asInt() > 0, "the restored index answers: " + r.out());
  }

  @Test
  void judgeThenEvaluate() throws Exception {
    Path topics = Files.writeString(tmp.resolve("topics.tsv"),
        "T1\tcode:5-CT/TW\tChỉ thị 05\nT2\tphrase:tổ chức cơ sở đảng|tccsđ\tTCCSĐ\n");
    Path queries = Files.writeString(tmp.resolve("queries.tsv"),
        "T1\tcode\t05-CT/TW\nT1\tcode-folded\tchi thi 05\nT2\ttopic\ttổ chức cơ sở đảng\nT2\tabbreviation\tTCCSĐ\n");
    Path judgments = tmp.resolve("judgments.tsv");
    assertEquals(0, run("eval", "--judge", "--topics", topics.toString(), "--judgments", judgments.toString(),
        "--input", ROOT.resolve("corpus/seeds").toString(), "--input", ROOT.resolve("corpus/legal").toString()).code());
    String judged = Files.readString(judgments);
    assertTrue(judged.contains("T1\tseeds/002_28107783c06f4d80.txt\t2"), judged);
    Run r = run("eval", "--index", index.toString(), "--queries", queries.toString(), "--judgments", judgments.toString());
    assertEquals(0, r.code());
    Matcher all = Pattern.compile("(?m)^all\\s+4\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)").matcher(r.out());
    assertTrue(all.find(), r.out());
    assertTrue(Double.parseDouble(all.group(1)) > 0.8, "nDCG@10 on the bundled corpus: " + all.group(1));
    assertTrue(r.out().contains("latency p50"));
  }

  @Test
  void badInputIsAClearErrorWithNonZeroExit() {
    assertEquals(2, run("index", "--input", tmp.resolve("khong-co").toString(), "--index", tmp.resolve("x").toString()).code());
    assertEquals(2, run("crawl", "--seed", "ftp://x", "--index", tmp.resolve("c").toString()).code());
    assertEquals(2, run("index", "--analyzer").code());
    assertEquals(2, run("index", "--analyzer", "lucene", "--input", ROOT.resolve("corpus/seeds").toString(), "--index",
        tmp.resolve("y").toString()).code());
  }
}
