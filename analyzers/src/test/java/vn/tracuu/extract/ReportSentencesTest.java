package vn.tracuu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences of the kind provincial reports are made of, beyond the seeds. */
class ReportSentencesTest {
  private static Indicator only(String sentence) {
    List<Indicator> got = Extraction.of(sentence).indicators();
    assertEquals(1, got.size(), got.toString());
    return got.get(0);
  }

  @Test
  void ratesMoneyAndLevels() {
    Indicator rate = only("Năng suất lúa bình quân đạt 58,6 tạ/ha.");
    assertEquals("tạ/ha", rate.unit());
    assertEquals("rate", rate.kind());
    assertEquals("người/km2", only("Mật độ dân số 320 người/km2.").unit());
    Indicator usd = only("Kim ngạch xuất khẩu đạt 1,5 tỷ USD.");
    assertEquals(1.5e9, usd.value());
    assertEquals("USD", usd.unit());
    Indicator level = only("Tỷ lệ hộ nghèo giảm còn 2,1%.");
    assertNull(level.change(), "the level reached, not the change");
    // the share of the plan reached by what the clause names; without a clause, by the plan's name
    assertEquals("tỷ lệ thu ngân sách", only("Thu ngân sách bằng 115% dự toán.").subject());
    assertEquals("tỷ lệ đạt dự toán", only("Đạt 115% dự toán.").subject());
  }

  @Test
  void compoundAmountsRangesAndNoiseOfGeneralNews() {
    assertEquals(61_807_000_000.0, only("Số tiền phải thu hồi là 61 tỷ 807 triệu đồng.").value());
    assertEquals(7e9, only("Ngôi nhà được xây hết khoảng 7-8 tỷ đồng.").value());
    assertEquals("VND/m3", only("Đơn giá 45.000 đồng/m3 cát san nền.").unit());
    // a counted thing of several words, from the word list (scripts/make-words.py)
    assertEquals("bãi đỗ xe", only("Toàn thành phố sẽ có 158 bãi đỗ xe.").unit());
    assertEquals(List.of(), Extraction.of("Chiều 18/5, lúc 9h20, mẫu XJR15 và VN30F1707 ra mắt; học kỳ 1 vừa qua.").indicators());
    List<Indicator> got = Extraction.of("Trao Huy hiệu Đảng cho 2 đ/c. Lưu: VT, PL (2b).").indicators();
    assertEquals(0, got.stream().filter(i -> i.kind().equals("money") || i.text().contains("2b")).count(), got.toString());
  }

  @Test
  void workedCalculationsPlacesCountedAndComparisonsAreNoRows() {
    // the operands of a calculation shown step by step (a news explainer on margin trading)
    assertEquals(List.of(), Extraction.of(
        "Giá trị ký quỹ ban đầu = 700 x 100.000 x 1 x (1+7%) x 10% x 1/80%.").indicators());
    // a count of provinces after "tại" says where shrimp is farmed, not what was measured
    assertEquals(List.of(), Extraction.of("Hiện tôm nước lợ được thả nuôi tại 30 tỉnh, thành.").indicators());
    // "so với" is no unit: the difference has no unit of its own here
    assertEquals(List.of(), Extraction.of("Mức phí cao hơn hơn 20 triệu so với mức phí MU đàm phán.").indicators());
    // after "tại", a count of party units is still a figure (a seed's sentence)
    List<Indicator> party = Extraction.of("Toàn Đảng bộ huyện có 36 tổ chức cơ sở đảng trực thuộc với 2.257 đảng viên, "
        + "sinh hoạt tại 13 đảng bộ cơ sở (77 chi bộ nông thôn, 71 chi bộ hành chính, sự nghiệp, lực lượng vũ trang) và 23 chi bộ cơ sở.").indicators();
    assertEquals(1, party.stream().filter(i -> i.value() == 13 && "đảng bộ cơ sở".equals(i.unit())).count(), party.toString());
    // the same words without the locative, and a product shown once: still rows
    assertEquals("tỉnh", only("Cả nước có 30 tỉnh nuôi tôm nước lợ.").unit());
    assertEquals(10e9, only("Tổng giá trị ký quỹ là 10 tỷ đồng.").value());
  }

  @Test
  void aValueIsTheNumberAsWritten() {
    // 8,2 × 10⁶ in binary floating point is 8199999.999999999: the table and the CSV show 8200000
    assertEquals(8_200_000.0, only("Thu nhập bình quân đạt 8,2 triệu đồng/người/tháng.").value());
    assertEquals(1_250_000_000.0, only("Kim ngạch xuất khẩu đạt 1,25 tỷ USD.").value());
  }

  @Test
  void lượtCountsButNotPageViews() {
    Indicator people = only("Có hơn 12.000 lượt cán bộ, đảng viên tham gia học tập.");
    assertEquals(12000, people.value());
    assertEquals("hơn", people.qualifier());
    assertEquals(List.of(), Extraction.of("Bài viết có 1.024 lượt xem và 3 bình luận.").indicators());
  }

  @Test
  void aFigureStatedAgainIsOneRowOfItsText() {
    String text = "Toàn tỉnh kết nạp 1.245 đảng viên mới\n\nNăm 2023, Đảng bộ tỉnh kết nạp được 1.245 đảng viên mới, "
        + "đạt 103% chỉ tiêu. Tỷ lệ chi bộ trong sạch vững mạnh đạt 100%, tỷ lệ thôn có chi bộ đạt 100%.";
    List<Indicator> got = IndicatorExtractor.extract(text);
    assertEquals(1, got.stream().filter(i -> i.value() == 1245).count(), got.toString());
    assertEquals(text.indexOf("1.245"), got.stream().filter(i -> i.value() == 1245).findFirst().orElseThrow().start(), "the title's");
    assertEquals(2, got.stream().filter(i -> i.value() == 100).count(), "two shares of 100% of two things: " + got);
  }

  @Test
  void exerciseSheetsGiveNoIndicators() {
    String sheet = "Câu 1: Thủy phân hoàn toàn 60 gam hỗn hợp hai đipeptit thu được 63,6 gam hỗn hợp X.\n"
        + "Câu 2: Đốt cháy hoàn toàn 0,1 mol X thu được 36,3 gam CO2. A. 8,15 gam. B. 7,09 gam.\n"
        + "Câu 3: Cho 0,1 mol X vào 0,2 lít dung dịch H2SO4 0,5M thu được 36,7 gam muối.";
    assertEquals(List.of(), IndicatorExtractor.extract(sheet));
    String article = "Câu 1: Năm 2023, toàn tỉnh kết nạp 1.245 đảng viên mới.";
    assertEquals(1, IndicatorExtractor.extract(article).size(), "one numbered question is not a sheet");
  }
}
