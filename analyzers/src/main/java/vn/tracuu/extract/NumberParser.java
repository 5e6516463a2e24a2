package vn.tracuu.extract;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vn.tracuu.analysis.Numbers;
import vn.tracuu.analysis.VietnameseNormalizer;

/**
 * Reads numbers as Vietnamese writes and says them: {@code 45.239}, {@code 97,9}, {@code ,77}, {@code 1,2M},
 * {@code 100K}, {@code âm 1.200.000}, {@code 2.350 tỷ}, {@code hai mươi mốt nghìn không trăm mười một},
 * {@code một trăm linh năm}, {@code hai triệu rưỡi}, {@code hai phẩy 23}.
 */
public final class NumberParser {
  /** A number found at tokens [from, to) of a token list. */
  record Parsed(double value, int from, int to, boolean words) {}

  private static final Map<String, Integer> DIGITS = Map.ofEntries(
      Map.entry("không", 0), Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2), Map.entry("ba", 3),
      Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5), Map.entry("lăm", 5), Map.entry("nhăm", 5),
      Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("tám", 8), Map.entry("chín", 9));
  private static final Map<String, Double> SCALES = Map.of(
      "nghìn", 1e3, "ngàn", 1e3, "vạn", 1e4, "triệu", 1e6, "tỷ", 1e9, "tỉ", 1e9);

  private NumberParser() {}

  /** Whether the token is a scale word ("nghìn", "triệu", "tỷ", ...). */
  static boolean isScale(Lexer.Tok k) {
    return k.kind() == Lexer.Kind.WORD && SCALES.containsKey(k.text());
  }

  /** The value of {@code text} if all of it is one number, else empty. */
  public static OptionalDouble parse(String text) {
    List<Lexer.Tok> toks = Lexer.lex(VietnameseNormalizer.normalize(text));
    Parsed p = parse(toks, 0);
    return p != null && p.to == toks.size() ? OptionalDouble.of(p.value) : OptionalDouble.empty();
  }

  /** The longest number starting at token {@code i}, or null. */
  static Parsed parse(List<Lexer.Tok> t, int i) {
    if (i >= t.size()) return null;
    boolean negative = false;
    int j = i;
    if (t.get(j).sym('-') && j + 1 < t.size() && t.get(j + 1).kind() == Lexer.Kind.NUM) {
      negative = true;
      j++;
    } else if (t.get(j).word("âm") && j + 1 < t.size() && startsNumber(t.get(j + 1))) {
      negative = true;
      j++;
    }
    Parsed p = unsigned(t, j);
    if (p == null) return null;
    return new Parsed(negative ? -p.value : p.value, i, p.to, p.words);
  }

  private static boolean startsNumber(Lexer.Tok k) {
    return k.kind() == Lexer.Kind.NUM || DIGITS.containsKey(k.text()) || k.word("mười", "trăm");
  }

  private static Parsed unsigned(List<Lexer.Tok> t, int i) {
    Lexer.Tok k = t.get(i);
    double v;
    int j;
    boolean words;
    if (k.kind() == Lexer.Kind.NUM) {
      v = Numbers.parse(k.text());
      if (Double.isNaN(v)) return null;
      j = i + 1;
      words = false;
      if (j < t.size() && !t.get(j).spaceBefore() && t.get(j).word("k", "m", "g")
          && (j + 1 >= t.size() || t.get(j + 1).kind() != Lexer.Kind.WORD || t.get(j + 1).spaceBefore())) {
        v *= switch (t.get(j).text()) { case "k" -> 1e3; case "m" -> 1e6; default -> 1e9; };
        return new Parsed(v, i, j + 1, false);
      }
    } else {
      Parsed w = words(t, i);
      if (w == null) return null;
      v = w.value;
      j = w.to;
      words = true;
    }
    // decimals said in words: "hai phẩy 23", "2 chấm 23", "một chấm ba"
    if (j + 1 < t.size() && t.get(j).word("phẩy", "chấm") && v == Math.floor(v)) {
      String frac = fractionDigits(t, j + 1);
      if (frac != null) {
        v = Double.parseDouble((long) v + "." + frac);
        j = j + 1 + (t.get(j + 1).kind() == Lexer.Kind.NUM ? 1 : frac.length());
      }
    }
    // scale words after digits: "2.350 tỷ", "1,5 triệu", "5 nghìn", "một nghìn tỷ"
    if (!words) {
      double last = 0;
      while (j < t.size() && isScale(t, j)) {
        double scale = SCALES.get(t.get(j).text());
        v *= scale;
        last = scale;
        j++;
        if (j < t.size() && t.get(j).word("rưỡi")) {
          v += scale / 2;
          j++;
        }
      }
      // "41 tỷ 737 triệu": a smaller amount with a smaller scale word adds to the larger one
      while (last > 0 && j + 1 < t.size() && t.get(j).kind() == Lexer.Kind.NUM && SCALES.containsKey(t.get(j + 1).text())
          && SCALES.get(t.get(j + 1).text()) < last) {
        double n = Numbers.parse(t.get(j).text());
        if (Double.isNaN(n)) break;
        last = SCALES.get(t.get(j + 1).text());
        v += n * last;
        j += 2;
      }
    }
    return new Parsed(v, i, j, words);
  }

  private static String fractionDigits(List<Lexer.Tok> t, int i) {
    Lexer.Tok k = t.get(i);
    if (k.kind() == Lexer.Kind.NUM) return k.text().chars().allMatch(Character::isDigit) ? k.text() : null;
    StringBuilder b = new StringBuilder();
    for (int j = i; j < t.size() && DIGITS.containsKey(t.get(j).text()) && !t.get(j).word("mốt", "tư", "lăm", "nhăm"); j++) {
      b.append(DIGITS.get(t.get(j).text()));
    }
    return b.isEmpty() ? null : b.toString();
  }

  /** A scale word, but not the "tỷ" of "tỷ lệ" (rate): "một tỷ lệ tương tự" is no billion. */
  private static boolean isScale(List<Lexer.Tok> t, int j) {
    return SCALES.containsKey(t.get(j).text())
        && !(t.get(j).word("tỷ", "tỉ") && j + 1 < t.size() && t.get(j + 1).word("lệ"));
  }

  /** Number words: groups below a thousand joined by scale words. */
  private static Parsed words(List<Lexer.Tok> t, int i) {
    double total = 0;
    double lastScale = 0;
    int group = 0;
    int unit = -1;
    boolean tens = false;
    boolean hundreds = false;
    int j = i;
    int used = 0;
    for (; j < t.size(); j++) {
      Lexer.Tok k = t.get(j);
      if (k.kind() != Lexer.Kind.WORD) break;
      String w = k.text();
      Integer d = DIGITS.get(w);
      if (d != null) {
        if (unit != -1) break; // "hai ba": two digits in a row is not one number
        // "năm" is five only where a number goes on ("năm trăm", "hai nghìn năm trăm") or after "linh":
        // "mười năm", "trăm năm", "hai mươi năm" are years (fifteen is "mười lăm")
        if (w.equals("năm") && !(j > i && t.get(j - 1).word("linh", "lẻ"))
            && !(j + 1 < t.size() && t.get(j + 1).word("mươi", "chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"))) {
          break;
        }
        if ((w.equals("mốt") || w.equals("tư") || w.equals("lăm")) && !tens) {
          if (!w.equals("tư") || used == 0) break;
        }
        unit = d;
      } else if (w.equals("mười")) {
        if (unit != -1) break;
        group += 10;
        tens = true;
        unit = -1;
        used++;
        continue;
      } else if (w.equals("mươi") || w.equals("chục")) {
        if (unit == -1) break;
        group += unit * 10;
        unit = -1;
        tens = true;
      } else if (w.equals("trăm")) {
        group += (unit == -1 ? 1 : unit) * 100;
        unit = -1;
        hundreds = true;
      } else if (w.equals("linh") || w.equals("lẻ")) {
        if (!hundreds || unit != -1) break;
      } else if (isScale(t, j)) {
        double scale = SCALES.get(w);
        int g = group + (unit == -1 ? 0 : unit);
        if (g == 0 && total == 0) g = 1;
        if (lastScale > 0 && scale > lastScale) total = (total + g) * scale;
        else total += g * scale;
        lastScale = scale;
        group = 0;
        unit = -1;
        tens = hundreds = false;
      } else if (w.equals("rưỡi") && used > 0) {
        if (unit == -1 && group == 0 && lastScale > 0) total += lastScale / 2;
        else if (unit == -1 && hundreds && group % 100 == 0) group += 50;
        else break;
      } else {
        break;
      }
      if (d == null) tens = tens && (w.equals("mươi") || w.equals("chục"));
      used++;
    }
    if (used == 0) return null;
    // a lone "linh"/"lẻ" at the end belongs to the next words, not to the number
    while (j > i && t.get(j - 1).word("linh", "lẻ")) j--;
    return new Parsed(total + group + (unit == -1 ? 0 : unit), i, j, true);
  }
}
