package vn.tracuu.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import vn.tracuu.extract.Indicator;

/**
 * Indicator rows as CSV (RFC 4180), one column per field; a leading byte-order mark so that spreadsheet programs
 * read the Vietnamese as UTF-8.
 */
public final class IndicatorCsv {
  public static final String BOM = "\uFEFF";
  public static final String HEADER = "document,title,url,published,value,valueTo,of,unit,kind,subject,subjectKey,"
      + "period_from,period_to,period_text,place,place_level,place_province,target,achieved,bound,qualifier,"
      + "change_direction,change_amount,change_unit,change_from,planned,text,start,end,sentence,fact";
  private final Writer out;

  /** Writes the byte-order mark and the header. */
  public IndicatorCsv(Writer out) {
    this.out = out;
    write(BOM + HEADER + "\r\n");
  }

  public void row(IndicatorRow r) {
    Indicator i = r.indicator();
    Object[] cells = {r.document(), r.title(), r.url(), r.published(), num(i.value()), num(i.valueTo()), num(i.of()), i.unit(),
        i.kind(), i.subject(), i.subjectKey(), i.period() == null ? null : i.period().from(),
        i.period() == null ? null : i.period().to(), i.period() == null ? null : i.period().text(),
        i.place() == null ? null : i.place().name(), i.place() == null ? null : i.place().level(),
        i.place() == null ? null : i.place().province(), num(i.target()), num(i.achieved()), i.bound(), i.qualifier(),
        i.change() == null ? null : i.change().direction(), i.change() == null ? null : num(i.change().amount()),
        i.change() == null ? null : i.change().unit(), i.change() == null ? null : num(i.change().from()), i.planned(),
        i.text(), i.start(), i.end(), i.sentence(), r.fact()};
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) b.append(',');
      b.append(cell(cells[c]));
    }
    write(b.append("\r\n").toString());
  }

  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String num(Double v) {
    if (v == null) return null;
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : Double.toString(v);
  }

  private static String cell(Object o) {
    if (o == null) return "";
    String s = o.toString();
    // a leading = + - @ would run as a formula in a spreadsheet
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) s = "'" + s;
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return '"' + s.replace("\"", "\"\"") + '"';
    return s;
  }
}
