package vn.tracuu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryUnderstandingTest {
  private static List<String> keys(String q) {
    return QueryUnderstanding.codes(q).stream().map(c -> c.key() + (c.prefix() ? "*" : "")).toList();
  }

  @Test
  void codesInEveryWrittenForm() {
    assertEquals(List.of("5-CT/TW"), keys("05-CT/TW"));
    assertEquals(List.of("5-CT/TW"), keys("05-ct/tw"));
    assertEquals(List.of("40-CT/TW"), keys("Chỉ thị 40 – CT/TW"));
    assertEquals(List.of("29-NQ/TW"), keys("29-NQ/TƯ"));
    assertEquals(List.of("5-CT/*"), keys("chi thi so 05"));
    assertEquals(List.of("39-NQ/*"), keys("NQ 39"));
    assertEquals(List.of("181-QĐ/*"), keys("quy định 181"));
    assertEquals(List.of("19/2019/NĐ-CP"), keys("Nghị định 19/2019/NĐ-CP"));
    assertEquals(List.of("100/2019/*"), keys("nghị định 100/2019"));
    assertEquals(List.of(), keys("kết nạp 72 đảng viên năm 2019"));
    assertEquals(List.of("5-CT/TW"), keys("05/CT-TW"), "separators swapped");
    assertEquals(List.of("5-CT/*"), keys("CT05"));
    assertEquals(List.of("5/CT-TTG"), keys("05/CT-TTg"), "a state code stays one");
  }

  @Test
  void userSyntax() {
    var c = QueryUnderstanding.clauses("\"tổ chức cơ sở đảng\" -tham nhũng chỉ thị OR nghị quyết");
    assertEquals(true, c.get(0).phrase());
    assertEquals(true, c.get(1).excluded());
    assertEquals(List.of("thị", "nghị"), c.get(4).alternatives()); // OR binds the words on either side, as in Lucene
  }
}
