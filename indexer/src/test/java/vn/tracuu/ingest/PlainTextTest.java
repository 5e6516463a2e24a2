package vn.tracuu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  private static final String SENTENCE = "Năm 2023, toàn tỉnh kết nạp 1.245 đảng viên mới, đạt 103% chỉ tiêu.";

  @Test
  void utf8AsItIs() {
    assertEquals(SENTENCE, DocumentParser.plainText(SENTENCE.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void windows1258TextsOfOlderOfficesAreReadToo() {
    // Windows-1258 has ă, â, ê, ô, ơ, ư, đ as letters and the five tones as separate marks after them
    byte[] bytes = cp1258(SENTENCE);
    assertEquals(SENTENCE.length() + 8, new String(bytes, Charset.forName("windows-1258")).length(), "8 tones written apart");
    assertEquals(SENTENCE, DocumentParser.plainText(bytes));
  }

  @Test
  void textsInTheOldFontEncodingsAreReportedNotIndexed() throws Exception {
    DocumentParser parser = new DocumentParser();
    // TCVN3 (ABC, .VnTime): "Đảng bộ tỉnh kết nạp 1.245 đảng viên mới" as its bytes, read as a code page
    String tcvn3 = "§¶ng bé tØnh kÕt n¹p 1.245 ®¶ng viªn míi, ®¹t 103% chØ tiªu. ".repeat(3);
    var e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableDocumentException.class, () -> parser.parse(
        new java.io.ByteArrayInputStream(tcvn3.getBytes(Charset.forName("windows-1252"))), "cu.txt", null));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("TCVN3"), e.getMessage());
    // VNI-Windows: "Đảng bộ tỉnh kết nạp đảng viên mới, Việt Nam"
    String vni = "Ñaûng boä tænh keát naïp ñaûng vieân môùi, Vieät Nam. ".repeat(3);
    var v = org.junit.jupiter.api.Assertions.assertThrows(UnreadableDocumentException.class, () -> parser.parse(
        new java.io.ByteArrayInputStream(vni.getBytes(Charset.forName("windows-1252"))), "cu.txt", null));
    org.junit.jupiter.api.Assertions.assertTrue(v.getMessage().contains("VNI"), v.getMessage());
    // Unicode and Windows-1258 texts, with a stray symbol or two, are read
    String fine = SENTENCE + " Giá 5 € (§ 3). Nhiệt độ 32°C, 30°C, 29°C, 31°C, 33°C, 28°C; diện tích 50 m², 20 m², 30 m². Neymar £198m, Mbappé £166m, Coutinho £142m, Dembélé £135m, Pogba £89m. ";
    assertEquals(fine, parser.parse(new java.io.ByteArrayInputStream(fine.getBytes(StandardCharsets.UTF_8)), "moi.txt", null).text());
    assertEquals(SENTENCE, parser.parse(new java.io.ByteArrayInputStream(cp1258(SENTENCE)), "1258.txt", null).text());
  }

  @Test
  void htmlNestedTooDeepIsUnreadableWithinTheTimeLimit() {
    String html = "<html><body>" + "<div>".repeat(40_000) + "Năm 2023 kết nạp 5 đảng viên" + "</div>".repeat(40_000) + "</body></html>";
    long t0 = System.nanoTime();
    org.junit.jupiter.api.Assertions.assertThrows(UnreadableDocumentException.class, () -> new DocumentParser(1).parse(
        new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "nest.html", null));
    org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "answered at the limit, not after the parse");
  }

  private static byte[] cp1258(String text) {
    StringBuilder b = new StringBuilder();
    int base = -1;
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFD).toCharArray()) {
      if ((c == '\u0306' || c == '\u0302' || c == '\u031B') && base >= 0) {
        b.setCharAt(base, Normalizer.normalize("" + b.charAt(base) + c, Normalizer.Form.NFC).charAt(0));
      } else {
        if (Character.isLetter(c)) base = b.length();
        b.append(c);
      }
    }
    return b.toString().getBytes(Charset.forName("windows-1258"));
  }
}
