package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bound the words around a number put on it ({@code lists/bounds.tsv}): {@code hơn}, {@code trên} → more;
 * {@code dưới}, {@code chưa đến} → less; {@code khoảng}, {@code gần}, {@code trên dưới} → approx;
 * {@code ít nhất}, {@code không dưới}, {@code từ ... trở lên} → atleast; {@code tối đa}, {@code không cao hơn}
 * → atmost. {@code trên} before a place-like unit means "on" ({@code trên 3 tuyến đường}).
 */
final class Bounds {
  /** The bound and the words as written. */
  record Bound(String bound, String qualifier) {}

  private static final Map<String[], String> TABLE = WordList.table("bounds.tsv");
  static final List<String[]> PHRASES = new ArrayList<>(TABLE.keySet());
  private static final List<String[]> LOCATION_UNITS = WordList.phrases("location-units.txt");
  private static final List<String[]> MEASURES = WordList.phrases("measure-nouns.txt");

  private Bounds() {}

  /** The bound of the quantity at tokens [from, to): words before it, or "trở lên" after it. */
  static Bound of(List<Lexer.Tok> t, int from, int to) {
    // an amount of money has read its "trở lên" already
    if (to - 2 > from && t.get(to - 2).word("trở") && t.get(to - 1).word("lên", "xuống")) to -= 2;
    if (to + 1 < t.size() && t.get(to).word("trở") && t.get(to + 1).word("lên", "xuống")) {
      boolean up = t.get(to + 1).word("lên");
      boolean fromWord = from > 0 && t.get(from - 1).word("từ");
      return new Bound(up ? "atleast" : "atmost", (fromWord ? "từ ... " : "") + "trở " + t.get(to + 1).text());
    }
    for (var e : TABLE.entrySet()) {
      String[] p = e.getKey();
      if (!WordList.endsAt(t, from, p) || namesMeasure(t, from, p)) continue;
      if (p.length == 1 && p[0].equals("trên") && WordList.longestAt(t, unitStart(t, from), LOCATION_UNITS) != null) return null;
      // "dao động trong khoảng 118.500 - 119.200": within a range, not about
      if (p.length == 1 && p[0].equals("khoảng") && from >= 2 && t.get(from - 2).word("trong")) return null;
      return new Bound(e.getValue(), String.join(" ", p));
    }
    return null;
  }

  /** How many tokens of the bound stand right before {@code from} (0 if none). */
  static int length(List<Lexer.Tok> t, int from) {
    for (String[] p : PHRASES) if (WordList.endsAt(t, from, p)) return namesMeasure(t, from, p) ? 0 : p.length;
    return 0;
  }

  /** "tốc độ tối đa 322 km/h", "công suất tối đa 228 mã lực": after a measure noun, the name of a measure. */
  static boolean namesMeasure(List<Lexer.Tok> t, int from, String[] p) {
    if (!(p.length == 2 && p[0].equals("tối") && (p[1].equals("đa") || p[1].equals("thiểu")))) return false;
    for (String[] m : MEASURES) if (WordList.endsAt(t, from - p.length, m)) return true;
    return false;
  }

  private static int unitStart(List<Lexer.Tok> t, int from) {
    int j = from;
    while (j < t.size() && t.get(j).kind() != Lexer.Kind.WORD) j++;
    return j;
  }
}
