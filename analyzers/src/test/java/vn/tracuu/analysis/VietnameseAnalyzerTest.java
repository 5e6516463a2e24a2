package vn.tracuu.analysis;

import static vn.tracuu.analysis.TokenStreamAssert.assertAnalyzesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tracuu.analysis.VietnameseAnalyzer.View;

class VietnameseAnalyzerTest {
  private final VietnameseAnalyzer exact = new VietnameseAnalyzer(View.EXACT, false);
  private final VietnameseAnalyzer folded = new VietnameseAnalyzer(View.FOLDED, false);

  @Test
  void issueExampleInBothViews() throws Exception {
    String text = "Ðảng uỷ TCCSĐ triển khai Chỉ thị 40 – CT/TW";
    assertAnalyzesTo(exact, text,
        new String[] {"đảng", "ủy", "tccsđ", "triển", "khai", "chỉ", "thị", "40-ct/tw"},
        new int[] {0, 5, 8, 14, 20, 25, 29, 33},
        new int[] {4, 7, 13, 19, 24, 28, 32, 43},
        new int[] {1, 1, 1, 1, 1, 1, 1, 1});
    assertAnalyzesTo(folded, text, "dang", "uy", "tccsd", "trien", "khai", "chi", "thi", "40-ct/tw");
  }

  @Test
  void abbreviationExpandedAtIndexTime() throws Exception {
    var indexing = new VietnameseAnalyzer(View.EXACT, true);
    List<TokenStreamAssert.Token> t = TokenStreamAssert.tokens(indexing, "củng cố TCCSĐ vững mạnh");
    List<String> terms = t.stream().map(TokenStreamAssert.Token::term).toList();
    assertTrue(terms.containsAll(List.of("tccsđ", "tổ", "chức", "cơ", "sở", "đảng")), terms.toString());
    // and the long form gets the abbreviation, so a query for either finds both
    List<String> back = TokenStreamAssert.tokens(indexing, "tổ chức cơ sở đảng").stream()
        .map(TokenStreamAssert.Token::term).toList();
    assertTrue(back.contains("tccsđ"), back.toString());
    var foldedIndexing = new VietnameseAnalyzer(View.FOLDED, true);
    List<String> f = TokenStreamAssert.tokens(foldedIndexing, "Uỷ ban nhân dân tỉnh").stream()
        .map(TokenStreamAssert.Token::term).toList();
    assertTrue(f.contains("ubnd") && f.contains("uy"), f.toString());
  }

  @Test
  void codesFromTheSeedsAreOneToken() throws Exception {
    assertAnalyzesTo(exact, "Nghị quyết số 22-NQ/TW của Ban Chấp hành Trung ương (khóa X)",
        "nghị", "quyết", "số", "22-nq/tw", "của", "ban", "chấp", "hành", "trung", "ương", "khóa", "x");
    assertAnalyzesTo(exact, "Chỉ thị 05 - CT/TW ngày 15-5-2016", "chỉ", "thị", "05-ct/tw", "ngày", "15/5/2016");
    assertAnalyzesTo(exact, "Nghị quyết 29-NQ/TƯ", "nghị", "quyết", "29-nq/tw");
    assertAnalyzesTo(folded, "Nghị định 19/2019/NĐ-CP và Quyết định 3745/QĐ-UBND, Luật 23/2003/QH11",
        "nghi", "dinh", "19/2019/nd-cp", "va", "quyet", "dinh", "3745/qd-ubnd", "luat", "23/2003/qh11");
    assertAnalyzesTo(exact, "Chương trình hành động số 18-CTr/TU", "chương", "trình", "hành", "động", "số", "18-ctr/tu");
  }

  @Test
  void numbersStayWhole() throws Exception {
    assertAnalyzesTo(exact, "tổng số đảng viên là 45.239 đồng chí", "tổng", "số", "đảng", "viên", "là", "45239", "đồng", "chí");
    assertAnalyzesTo(exact, "đạt 107,46% kế hoạch; 97,9%", "đạt", "107,46", "kế", "hoạch", "97,9");
    assertAnalyzesTo(exact, "1.299/2.903 thôn, 16/25 chỉ tiêu", "1299/2903", "thôn", "16/25", "chỉ", "tiêu");
    assertAnalyzesTo(exact, "điện thoại 0228.3849386", "điện", "thoại", "0228.3849386");
    assertAnalyzesTo(exact, "ngày 23/11/2021 17:47", "ngày", "23/11/2021", "17", "47");
    assertAnalyzesTo(exact, "nhiệm kỳ 2020 - 2025", "nhiệm", "kỳ", "2020", "2025");
    List<TokenStreamAssert.Token> t = TokenStreamAssert.tokens(exact, "có 02 đảng bộ, 45.239 người, 23/11/2021");
    assertEquals(List.of("<WORD>", "<NUM>", "<WORD>", "<WORD>", "<NUM>", "<WORD>", "<DATE>"),
        t.stream().map(TokenStreamAssert.Token::type).toList());
  }

  @Test
  void oldAndNewTonePlacementMeetInTheIndex() throws Exception {
    assertEquals(TokenStreamAssert.tokens(exact, "Hoà bình, thuỷ lợi, Đảng uỷ"),
        TokenStreamAssert.tokens(exact, "Hòa bình, thủy lợi, Đảng ủy"));
  }

  @Test
  void syllablePairsForWords() throws Exception {
    var pairs = new VietnameseAnalyzer(View.FOLDED_PAIRS, false);
    assertAnalyzesTo(pairs, "tổ chức cơ sở đảng", "to_chuc", "chuc_co", "co_so", "so_dang");
  }

  @Test
  void reusable() throws Exception {
    TokenStreamAssert.assertReusable(new VietnameseAnalyzer(View.EXACT, true),
        "Ðảng uỷ TCCSĐ 22-NQ/TW 45.239", "kết nạp 72 đảng viên đạt 107,46% kế hoạch (NQ 67)");
  }
}
