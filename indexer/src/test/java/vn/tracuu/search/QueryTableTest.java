package vn.tracuu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a query keeps as words that must (or, when long, mostly) match, what only ranks (the asking, abbreviations,
 * article numbers), and what it names: laws (their code keys), articles, document codes.
 */
class QueryTableTest {
  /** "kept | ranks only | laws | articles | codes", each a space-separated list. */
  static String understand(String q) {
    List<QueryUnderstanding.Clause> clauses = QueryUnderstanding.clauses(q);
    List<LawNames.Mention> laws = LawNames.find(clauses);
    List<QueryUnderstanding.ArticleAsked> articles = QueryUnderstanding.articles(clauses);
    boolean[] asking = QueryUnderstanding.rankOnly(clauses, laws, articles);
    List<String> kept = new ArrayList<>(), ranks = new ArrayList<>(), lawKeys = new ArrayList<>(), arts = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      QueryUnderstanding.Clause c = clauses.get(i);
      String t = String.join("|", c.alternatives()).replaceAll("[?,.]", "") + (c.phrase() ? "\"" : "") ;
      if (c.excluded()) continue;
      (asking[i] ? ranks : kept).add(t);
    }
    for (LawNames.Mention m : laws) lawKeys.addAll(m.keys());
    for (QueryUnderstanding.ArticleAsked a : articles) arts.add(Integer.toString(a.article()));
    List<String> codes = QueryUnderstanding.codes(q).stream().map(c -> c.key() + (c.prefix() ? "*" : "")).toList();
    return String.join(" ", kept) + " | " + String.join(" ", ranks) + " | " + String.join(" ", lawKeys) + " | "
        + String.join(" ", arts) + " | " + String.join(" ", codes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      Việc làm là gì?;                                   Việc làm | là gì |  |  |
      viec lam la gi;                                    viec lam | la gi |  |  |
      Định nghĩa của "Người lao động"?;                  Người lao động" | Định nghĩa của |  |  |
      Người lao động được nghỉ bao nhiêu ngày?;          Người lao động được nghỉ ngày | bao nhiêu |  |  |
      Điều 620 BLDS;                                     | Điều 620 BLDS | 91/2015/QH13 | 620 |
      Theo Điều 102, Bộ luật dân sự 2015, tài sản chung?; Theo Bộ luật dân sự 2015 tài sản chung | Điều 102 | 91/2015/QH13 | 102 |
      khoản 2 điều 123 BLHS;                             khoản 2 | điều 123 BLHS | 100/2015/QH13 1/VBHN-VPQH | 123 |
      Chỉ thị 05 có hiệu lực khi nào?;                   Chỉ thị 05 có hiệu lực | khi nào |  |  | 5-CT/*
      "là gì" trong văn bản;                              là gì" trong văn bản |  |  |  |
      luật sư tư vấn lao động;                           luật sư tư vấn lao động |  |  |  |
      """)
  void whatAQueryKeepsRanksAndNames(String query, String expected) {
    assertEquals(expected.strip().replaceAll("\\s+\\|", " |").replaceAll("\\|\\s+", "| "), understand(query).strip()
        .replaceAll("\\s+\\|", " |").replaceAll("\\|\\s+", "| "));
  }
}
