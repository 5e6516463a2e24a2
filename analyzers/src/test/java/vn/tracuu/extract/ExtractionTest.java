package vn.tracuu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionTest {
  private static List<Indicator> ind(String text) {
    return Extraction.of(text).indicators();
  }

  @Test
  void neverDatesCodesPhonesChromeOrTerms() {
    String chrome = "23/11/2021 17:47 | Lượt xem 2422. Số lượt truy cập : 16.593.684. 0 bình luận. "
        + "Điện thoại: 0228.3849386. Nghị quyết số 22-NQ/TW của Ban Chấp hành Trung ương (khóa XII), nhiệm kỳ 2020 - 2025, "
        + "giai đoạn 2015-2020, năm 2023, Đại hội lần thứ XVIII. Sau 2 năm thực hiện Nghị quyết số 37.";
    assertEquals(List.of(), ind(chrome));
  }

  @Test
  void qualifiersChangesMoneyAndWords() {
    Indicator more = ind("Toàn tỉnh có hơn 1.200 hộ gia đình được hỗ trợ.").get(0);
    assertEquals(1200, more.value());
    assertEquals("hơn", more.qualifier());
    assertEquals("hộ gia đình", more.unit());
    Indicator money = ind("Tổng vốn đầu tư 2.350 tỷ đồng cho dự án.").get(0);
    assertEquals("money", money.kind());
    assertEquals("VND", money.unit());
    assertEquals(2.35e12, money.value());
    Indicator change = ind("Tỷ lệ hộ nghèo giảm 1,8 điểm phần trăm so với năm 2022.").get(0);
    assertEquals(new Change("down", 1.8, "điểm phần trăm", null), change.change());
    assertEquals(1.8, change.value());
    Indicator words = ind("Chi bộ kết nạp hai mươi lăm đảng viên mới.").get(0);
    assertEquals(25, words.value());
    assertEquals("đảng viên", words.unit());
    assertEquals("kết nạp đảng viên mới", words.subject());
  }

  @Test
  void achievementAndTargetFromTheSeed() {
    // the share of the plan is said of the figure before it: one row, with both the plan reached and the goal
    List<Indicator> got = ind("Toàn Đảng bộ kết nạp 72 đảng viên đạt 107,46% kế hoạch (NQ phấn đấu kết nạp 67 đảng viên mới).");
    assertEquals(1, got.size());
    assertEquals(72, got.get(0).value());
    assertEquals(67.0, got.get(0).target());
    assertEquals(107.46, got.get(0).achieved());
    assertEquals("kết nạp đảng viên", got.get(0).subject());
    // with no figure before it, the share of the plan is a row of its own, of what its clause names
    Indicator alone = ind("Thu ngân sách bằng 115% dự toán.").get(0);
    assertEquals("tỷ lệ thu ngân sách", alone.subject());
    assertEquals(115, alone.achieved());
    assertNull(alone.target());
  }

  @Test
  void referencesResolveBareAndIssuerForms() {
    List<Reference> refs = Extraction.of(
        "Thực hiện Chỉ thị 40 – CT/TW ngày 15-5-2016. Chỉ thị 40 đi vào chiều sâu. "
        + "Chỉ thị 05 của Bộ Chính trị; Nghị quyết 29-NQ/TƯ; Nghị định 19/2019/NĐ-CP ngày 19 tháng 02 năm 2019; "
        + "Kết luận số 99 chưa rõ.").references();
    assertEquals("40-CT/TW", refs.get(0).code());
    assertEquals("2016-05-15", refs.get(0).date());
    assertEquals("40-CT/TW", refs.get(1).code());
    assertEquals("05-CT/TW", refs.get(2).code());
    assertEquals("29-NQ/TW", refs.get(3).code());
    assertEquals("19/2019/NĐ-CP", refs.get(4).code());
    assertEquals("NĐ", refs.get(4).type());
    assertEquals("2019-02-19", refs.get(4).date());
    assertNull(refs.get(5).code());
    assertEquals("KL", refs.get(5).type());
    assertEquals("99", refs.get(5).number());
  }

  @Test
  void offsetsPointIntoTheTextAsGiven() {
    String raw = "Đa\u0309ng bộ\u200B có 45.239 đảng viên, theo Chỉ thị 05-CT/TW.";
    Extraction x = Extraction.of(raw);
    Indicator i = x.indicators().get(0);
    assertEquals("45.239 đảng viên", raw.substring(i.start(), i.end()));
    assertEquals(i.text(), raw.substring(i.start(), i.end()));
    Reference r = x.references().get(0);
    assertEquals("Chỉ thị 05-CT/TW", raw.substring(r.start(), r.end()));
  }

  @Test
  void sentencesKeepAbbreviations() {
    List<Sentences.Span> s = Sentences.split("PGS.TS. Nguyễn Văn A phát biểu tại TP. Hồ Chí Minh. Hội nghị kết thúc.");
    assertEquals(2, s.size());
    assertTrue(s.get(0).end() > 40);
  }
}
