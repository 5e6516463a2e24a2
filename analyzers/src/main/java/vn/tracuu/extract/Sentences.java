package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries. Rule-based: OpenNLP publishes no Vietnamese sentence model, and on these texts the
 * rules are exact where a model would need a hand-annotated training set: a line break ends a sentence; so
 * do {@code . ! ? …} before a capital, digit or quote, except after abbreviations ({@code TP.},
 * {@code PGS.TS.}, {@code ThS.}) and initials.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "tp", "pgs", "gs", "ts", "ths", "bs", "ks", "ls", "nxb", "tt", "q", "p", "tx", "th", "đ/c", "đc", "v.v", "vv",
      "ctv", "tr", "st", "ng", "nd", "sđd", "tnhh", "ubnd", "mr", "mrs", "dr");

  /** A sentence at [start, end) of the text. */
  public record Span(int start, int end) {}

  private Sentences() {}

  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int next = i + 1;
      if (c == '\n') {
        end = true;
      } else if (c == '.' || c == '!' || c == '?' || c == '…') {
        while (next < n && ".!?…\"')”".indexOf(text.charAt(next)) >= 0) next++;
        int k = next;
        while (k < n && text.charAt(k) == ' ') k++;
        if (k > next || k >= n) {
          char after = k < n ? text.charAt(k) : 'A';
          end = (Character.isUpperCase(after) || Character.isDigit(after) || after == '"' || after == '(' || after == '-' || after == '\n')
              && !(c == '.' && isAbbreviation(text, i));
        }
      }
      if (end) {
        add(out, text, start, next);
        start = next;
        i = next - 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int w = dot;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.' || text.charAt(w - 1) == '/')) w--;
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    int lastDot = word.lastIndexOf('.');
    String last = lastDot >= 0 ? word.substring(lastDot + 1) : word;
    return ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(last)
        || (word.length() == 1 && Character.isUpperCase(text.charAt(w)));
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Span(start, end));
  }
}
