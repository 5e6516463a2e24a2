package vn.tracuu.cli;

import java.util.List;
import vn.tracuu.extract.Indicator;

/** Indicators as CSV (RFC 4180), the researchers' table. */
public final class IndicatorCsv {
  public static final String HEADER = "document,value,unit,kind,subject,of,target,qualifier,change,text,start,end,sentence";

  private IndicatorCsv() {}

  public static String write(List<Indicator> indicators, String document) {
    StringBuilder b = new StringBuilder(HEADER).append("\r\n");
    for (Indicator i : indicators) row(b, document, i);
    return b.toString();
  }

  public static void row(StringBuilder b, String document, Indicator i) {
    Object[] cells = {document, num(i.value()), i.unit(), i.kind(), i.subject(), i.of() == null ? null : num(i.of()),
        i.target() == null ? null : num(i.target()), i.qualifier(), i.change(), i.text(), i.start(), i.end(), i.sentence()};
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) b.append(',');
      b.append(cell(cells[c]));
    }
    b.append("\r\n");
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static String cell(Object o) {
    if (o == null) return "";
    String s = o.toString();
    // a leading = + - @ would run as a formula in a spreadsheet
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) s = "'" + s;
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
