package vn.tracuu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseNormalizerTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // new placement → traditional, and traditional stays
    "hoà, hòa", "hòa, hòa", "thuỷ, thủy", "thủy, thủy", "uỷ, ủy", "ủy, ủy", "Uỷ ban, Ủy ban",
    "hoá, hóa", "khoẻ, khỏe", "khỏe, khỏe", "tuý, túy", "HOÀ, HÒA", "Đảng uỷ, Đảng ủy", "loà, lòa",
    // a final consonant or a q/gi onset: both styles agree, nothing moves
    "hoàng, hoàng", "quý, quý", "quỷ, quỷ", "toán, toán", "khuyến, khuyến", "quyết, quyết", "giá, giá",
    "thuở, thuở", "của, của", "mùa, mùa",
    // Icelandic eth written for Đ
    "Ðảng, Đảng", "ðảng, đảng"
  })
  void onePlacementOneForm(String in, String out) {
    assertEquals(out, VietnameseNormalizer.normalize(in));
  }

  @Test
  void decomposedMarksAreComposed() {
    String decomposed = "Đa\u0309ng u\u0309y"; // Đảng uỷ in NFD, new tone placement
    assertEquals("Đảng ủy", VietnameseNormalizer.normalize(decomposed));
  }

  @Test
  void dashesQuotesSpacesAndInvisibles() {
    assertEquals("Chỉ thị 40 - CT/TW \"Nâng cao\" 's", VietnameseNormalizer.normalize("Chỉ thị 40 – CT/TW “Nâng cao” ‘s"));
    assertEquals("đảng viên", VietnameseNormalizer.normalize("đảng\u00A0vi\u200Bên"));
  }

  @Test
  void charFilterCorrectsOffsetsAfterShrinking() throws Exception {
    // "a\u0301" composes to one char; "\u200B" is dropped: offsets must point back into the original.
    String raw = "Đa\u0309ng\u200B ủy";
    var f = new VietnameseNormalizationCharFilter(new StringReader(raw));
    char[] out = new char[32];
    int n = f.read(out, 0, out.length);
    assertEquals("Đảng ủy", new String(out, 0, n));
    assertEquals(raw.indexOf('ủ'), f.correctOffset(5));
    assertEquals(raw.indexOf('g'), f.correctOffset(3));
  }
}
