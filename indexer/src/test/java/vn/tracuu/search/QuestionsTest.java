package vn.tracuu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.IndexJob;
import vn.tracuu.index.TracuuIndex;

/** Questions as people ask them, over the legal documents shipped in corpus/legal. */
class QuestionsTest {
  @TempDir static Path tmp;
  private static Searcher searcher;

  @BeforeAll
  static void index() throws Exception {
    Path index = tmp.resolve("index");
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      new IndexJob(idx, new PrintStream(java.io.OutputStream.nullOutputStream())).run(List.of(Path.of("../corpus/legal")));
    }
    searcher = new Searcher(index);
  }

  @Test
  void theWordsThatOnlyAskAreNotRequired() throws Exception {
    // "gì" is nowhere in the decree that defines "dây họ"; the question must still find it, at one of its
    // articles, which names its decree
    for (String q : List.of("Dây họ là gì?", "day ho la gi", "Định nghĩa của dây họ?")) {
      SearchResult r = searcher.search(SearchRequest.of(q, 3));
      assertFalse(r.hits().isEmpty(), q);
      assertTrue(r.hits().get(0).id().startsWith("19/2019/NĐ-CP@"), q + ": " + r.hits().get(0).id());
      assertEquals("legal/19_2019_NĐ-CP.txt", r.hits().get(0).partOf(), q);
      assertEquals(List.of("legal/19_2019_NĐ-CP.txt"), searcher.ids(q, 1), "an article counts as its text");
    }
    // the article that defines the word (Điều 4, "Giải thích từ ngữ")
    assertEquals("19/2019/NĐ-CP@4", searcher.search(SearchRequest.of("Dây họ là gì?", 1)).hits().get(0).id());
  }

  @Test
  void aTextAndItsArticlesAreOneHitShownAsTheArticleTheQueryNames() throws Exception {
    SearchResult named = searcher.search(SearchRequest.of("Điều 4 Nghị định 19/2019/NĐ-CP", 10));
    assertEquals("19/2019/NĐ-CP@4", named.hits().get(0).id());
    List<String> texts = new java.util.ArrayList<>();
    for (SearchResult.Hit h : named.hits()) texts.add(h.partOf() != null ? h.partOf() : h.id());
    assertEquals(texts.size(), new java.util.HashSet<>(texts).size(), "one hit per text: " + texts);
    // counts are of texts: the articles that match add nothing
    SearchResult all = searcher.search(SearchRequest.of("dây họ", 100));
    assertTrue(searcher.indexSearcher().count(searcher.query("dây họ")) > all.total(), "articles match too");
    assertEquals(searcher.indexSearcher().count(texts(searcher.query("dây họ"))), all.total());
    assertEquals(all.total(), all.hits().size());
  }

  @Test
  void aQuotedPhraseIsRequiredAndWithoutAnyTextTheQuotesAreDropped() {
    SearchResult exact = searcher.search(SearchRequest.of("\"chủ họ\" quyền", 10));
    assertFalse(exact.relaxed());
    assertTrue(exact.hits().stream().allMatch(h -> h.snippet().toLowerCase().contains("chủ</mark> <mark>họ")
        || h.snippet().toLowerCase().contains("chủ họ")), exact.hits().toString());
    SearchResult loose = searcher.search(SearchRequest.of("\"họ thành viên dây\"", 3));
    assertTrue(loose.relaxed());
    assertEquals("legal/19_2019_NĐ-CP.txt", textOf(loose.hits().get(0)));
  }

  @Test
  void askingPhrasesAreFoundWithAndWithoutDiacritics() {
    var clauses = QueryUnderstanding.clauses("Người lao động được nghỉ bao nhiêu ngày? hay không");
    boolean[] asking = QueryUnderstanding.asking(clauses);
    assertEquals("[false, false, false, false, false, true, true, false, true, true]", java.util.Arrays.toString(asking));
    assertTrue(QueryUnderstanding.asking(QueryUnderstanding.clauses("viec lam la gi"))[3]);
    assertFalse(QueryUnderstanding.asking(QueryUnderstanding.clauses("\"là gì\""))[0], "quoted words are what the user wants");
  }

  @Test
  void anArticleNamedWithItsLawComesFirst(@TempDir Path dir) throws Exception {
    // the decree on "họ" split into its articles, as article-level collections give laws: id <code>@<article>
    String text = java.nio.file.Files.readString(Path.of("../corpus/legal/19_2019_NĐ-CP.txt"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Điều (\\d+)\\. ").matcher(text);
    List<int[]> starts = new java.util.ArrayList<>();
    while (m.find()) starts.add(new int[] {m.start(), Integer.parseInt(m.group(1))});
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i)[0], to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      String body = text.substring(from, to).replaceFirst("^Điều \\d+\\. ", ""); // the article as such collections give it
      jsonl.append(vn.tracuu.io.Json.write(java.util.Map.of("id", "19/2019/NĐ-CP@" + starts.get(i)[1], "text", body))).append('\n');
    }
    Path input = java.nio.file.Files.writeString(dir.resolve("articles.jsonl"), jsonl);
    Path index = dir.resolve("index");
    try (TracuuIndex idx = TracuuIndex.open(index, AnalyzerChoice.VIETNAMESE)) {
      new IndexJob(idx, new PrintStream(java.io.OutputStream.nullOutputStream())).run(List.of(input));
    }
    try (Searcher s = new Searcher(index)) {
      // "thành viên" and "dây họ" are in most articles; the one the question names is article 5
      assertEquals("19/2019/NĐ-CP@5", s.ids("Theo Điều 5 Nghị định 19/2019/NĐ-CP, thành viên dây họ phải đáp ứng gì?", 3).get(0));
      assertEquals("19/2019/NĐ-CP@10", s.ids("điều 10 nghị định 19/2019/NĐ-CP", 3).get(0));
      assertEquals("19/2019/NĐ-CP@10", s.ids("Điều 10 quy định gì về thành viên dây họ?", 3).get(0), "an article named alone");
    }
  }

  @Test
  void lawsByNameAndAbbreviation() {
    var civil = LawNames.find(QueryUnderstanding.clauses("Theo Điều 102, Bộ luật dân sự 2015, tài sản chung"));
    assertEquals(1, civil.size());
    assertEquals(List.of("91/2015/QH13"), civil.get(0).keys());
    assertFalse(civil.get(0).abbreviation());
    var criminal = LawNames.find(QueryUnderstanding.clauses("điều 123 BLHS"));
    assertTrue(criminal.get(0).abbreviation());
    assertEquals(List.of("45/2019/QH14"), LawNames.find(QueryUnderstanding.clauses("bo luat lao dong 2019")).get(0).keys());
    assertEquals(List.of(), LawNames.find(QueryUnderstanding.clauses("luật sư tư vấn lao động")));
    var articles = QueryUnderstanding.articles(QueryUnderstanding.clauses("khoản 2 Điều 620 BLDS"));
    assertEquals(620, articles.get(0).article());
  }

  @Test
  void aSearchStopsAtItsTimeLimit() throws Exception {
    // "của" is in every text: with no time at all the search answers at once with what it had, never hangs
    int full = searcher.search(SearchRequest.of("của", 100)).hits().size();
    try (Searcher hurried = new Searcher(tmp.resolve("index"), 0)) {
      int cut = hurried.search(SearchRequest.of("của", 100)).hits().size();
      assertTrue(full > 40 && cut < full, full + " vs " + cut);
    }
  }

  @Test
  void nearlyEveryWordIsTheAnswerOnlyWhenItFillsTheRescoringWindow() throws Exception {
    String q = "người lao động được nghỉ hằng năm"; // eight syllables: a share of them is required
    int share = searcher.indexSearcher().count(texts(searcher.query(q, Queries.Match.SHARE)));
    int most = searcher.indexSearcher().count(texts(searcher.query(q, Queries.Match.MOST)));
    assertTrue(most > 0 && most < share, most + " vs " + share);
    // 47 texts never fill the window of texts rescored: recall comes first, every text with a share is found
    assertTrue(share < Queries.RESCORE);
    assertEquals(share, searcher.search(SearchRequest.of(q, 10)).total());
  }

  /** The query restricted to texts (no articles, no rows). */
  private static org.apache.lucene.search.Query texts(org.apache.lucene.search.Query q) {
    return new org.apache.lucene.search.BooleanQuery.Builder().add(q, org.apache.lucene.search.BooleanClause.Occur.MUST)
        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(vn.tracuu.index.Fields.RECORD, TracuuIndex.DOCUMENT)),
            org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
  }

  private static String textOf(SearchResult.Hit h) {
    return h.partOf() != null ? h.partOf() : h.id();
  }

  @Test
  void anEmptyAnswerIsTheLastResort() {
    // "vein" is in no text: rather than nothing, the texts with the other words, said to be relaxed
    SearchResult typo = searcher.search(SearchRequest.of("day ho thanh vein", 5));
    assertTrue(typo.relaxed());
    assertEquals("day ho thanh vien", typo.didYouMean(), "the word no text has, replaced by the nearest one");
    assertEquals("legal/19_2019_NĐ-CP.txt", textOf(typo.hits().get(0)));
    SearchResult right = searcher.search(SearchRequest.of("day ho thanh vien", 5));
    assertFalse(right.relaxed());
    assertEquals(null, right.didYouMean());
  }
}
