package vn.tracuu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.tracuu.extract.Extraction;
import vn.tracuu.extract.Indicator;

/**
 * Party documents mostly come as PDF or Word: the five seeds, laid out as a PDF (lines wrapped at the margin, a
 * running header, page numbers) and as a DOCX (a paragraph per line, a page header), must give the indicators of
 * their plain text.
 */
class LayoutFormatsTest {
  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  private static final String[] SEEDS = {"000_2c9bca8045392e31", "001_8a755ca51306dfc7", "002_28107783c06f4d80",
      "003_f7b0d7ec67d0c555", "004_259665a0c3b3c4b2"};

  @Test
  void pdfAndDocxGiveTheIndicatorsOfTheText() throws Exception {
    assumeTrue(Files.exists(FONT), "the DejaVu font (Debian fonts-dejavu-core, installed by .ci/run) writes Vietnamese into the PDF");
    DocumentParser parser = new DocumentParser();
    int total = 0;
    for (String seed : SEEDS) {
      String text = resource("/corpus/seeds/" + seed + ".txt");
      List<String> expected = rows(Extraction.of(text).indicators());
      String fromPdf = parser.parse(new ByteArrayInputStream(pdf(text)), seed + ".pdf", null).text();
      assertEquals(expected, rows(Extraction.of(fromPdf).indicators()), seed + " as PDF");
      String fromDocx = parser.parse(new ByteArrayInputStream(docx(text)), seed + ".docx", null).text();
      assertEquals(expected, rows(Extraction.of(fromDocx).indicators()), seed + " as DOCX");
      total += expected.size();
    }
    System.out.println("PDF and DOCX of the five seeds: the same " + total + " indicators as their text");
  }

  @Test
  void wrappedLinesHyphensPageNumbersAndRunningHeadersAreUndone() {
    String page = "BÁO CÁO TỈNH ỦY\nToàn tỉnh kết nạp 1.245 đảng viên mới, tỷ lệ thôn có chi bộ đạt\n98,5% (NQ 95%); công tác xây-\ndựng Đảng được chú trọng.\n- 1 -\n";
    String text = page + "BÁO CÁO TỈNH ỦY\nTiêu đề mới\n- 2 -\nBÁO CÁO TỈNH ỦY\n- 3 -\n";
    String rebuilt = Paragraphs.rebuild(text);
    assertEquals("Toàn tỉnh kết nạp 1.245 đảng viên mới, tỷ lệ thôn có chi bộ đạt 98,5% (NQ 95%); công tác xây"
        + "dựng Đảng được chú trọng.\nTiêu đề mới", rebuilt);
    List<Indicator> got = Extraction.of(rebuilt).indicators();
    assertEquals(95.0, got.get(1).target(), "the target stays with its figure");
  }

  private static List<String> rows(List<Indicator> list) {
    List<String> out = new ArrayList<>();
    for (Indicator i : list) {
      out.add(i.value() + " " + i.unit() + " " + i.kind() + " target=" + i.target() + " achieved=" + i.achieved()
          + " subject=" + i.subject() + " period=" + i.period());
    }
    return out;
  }

  private static String resource(String path) throws Exception {
    try (InputStream in = LayoutFormatsTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A4 pages, lines wrapped at the margin, a running header and a page number on every page. */
  private static byte[] pdf(String text) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(doc, FONT.toFile());
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split("\n")) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
          if (word.isEmpty()) continue;
          if (line.length() > 0 && font.getStringWidth(line + " " + word) / 1000 * 10 > 480) {
            lines.add(line.toString());
            line.setLength(0);
          }
          if (line.length() > 0) line.append(' ');
          line.append(word);
        }
        lines.add(line.toString());
      }
      int perPage = 50;
      for (int p = 0; p * perPage < lines.size(); p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 10);
          cs.newLineAtOffset(60, 760);
          cs.showText("Báo cáo kết quả thực hiện nghị quyết");
          cs.newLineAtOffset(0, -24);
          for (int k = p * perPage; k < Math.min(lines.size(), (p + 1) * perPage); k++) {
            cs.showText(clean(lines.get(k)));
            cs.newLineAtOffset(0, -13);
          }
          cs.newLineAtOffset(230, -10);
          cs.showText("- " + (p + 1) + " -");
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx(String text) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
          .setText("Báo cáo kết quả thực hiện nghị quyết");
      for (String paragraph : text.split("\n")) doc.createParagraph().createRun().setText(paragraph.strip());
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** Characters the font has no glyph for (none in the seeds but control characters) are left out. */
  private static String clean(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u200B-\\u200D\\uFEFF]", "");
  }
}
