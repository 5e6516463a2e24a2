package vn.tracuu.analysis;

import java.text.Normalizer;

/**
 * Puts Vietnamese text into one form: NFC; {@code Ð}/{@code ð} (Icelandic eth, a common mistype) as
 * {@code Đ}/{@code đ}; the tone of an open {@code oa}, {@code oe}, {@code uy} on its first vowel ({@code hoà→hòa},
 * {@code uỷ→ủy}, {@code khoẻ→khỏe}: the traditional placement, which most party documents use); typographic
 * dashes and quotes as ASCII; no-break spaces as spaces; zero-width characters and soft hyphens dropped.
 *
 * <p>Only NFC composition and dropped characters change the length; {@link Sink} is told where, so a
 * CharFilter can keep offsets right.
 */
public final class VietnameseNormalizer {
  /** Receives each point where the output becomes shorter than the input. */
  public interface Sink {
    void shrink(int outputOffset, int cumulativeDiff);
  }

  private VietnameseNormalizer() {}

  /** Normalizes a string; use {@link VietnameseNormalizationCharFilter} in analysis chains. */
  public static String normalize(CharSequence in) {
    StringBuilder out = new StringBuilder(in.length());
    normalize(in, out, (o, d) -> {});
    return out.toString();
  }

  /** Normalizes into {@code out}, telling {@code sink} where the output becomes shorter than the input. */
  public static void normalize(CharSequence in, StringBuilder out, Sink sink) {
    int diff = 0;
    int n = in.length();
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      if (i + 1 < n && isCombining(in.charAt(i + 1))) {
        int j = i + 1;
        while (j < n && isCombining(in.charAt(j))) j++;
        String composed = Normalizer.normalize(in.subSequence(i, j), Normalizer.Form.NFC);
        for (int k = 0; k < composed.length(); k++) out.append(mapChar(composed.charAt(k)));
        int removed = (j - i) - composed.length();
        if (removed > 0) {
          diff += removed;
          sink.shrink(out.length(), diff);
        }
        i = j - 1;
        continue;
      }
      if (isDropped(c)) {
        diff++;
        sink.shrink(out.length(), diff);
        continue;
      }
      out.append(mapChar(c));
    }
    placeTones(out);
  }

  static boolean isCombining(char c) {
    return c >= '\u0300' && c <= '\u036F';
  }

  private static boolean isDropped(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
  }

  private static char mapChar(char c) {
    switch (c) {
      case 'Ð': return 'Đ';
      case 'ð': return 'đ';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
        return '-';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
        return '"';
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
        return '\'';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u3000':
        return ' ';
      default: return c;
    }
  }

  /** Moves the tone of each open oa/oe/uy syllable onto its first vowel, in place. */
  static void placeTones(StringBuilder s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(s.charAt(i))) i++;
      placeTone(s, start, i);
    }
  }

  private static void placeTone(StringBuilder s, int start, int end) {
    int v = start;
    char first = lower(s.charAt(start));
    if (end - start >= 3 && first == 'q' && lower(s.charAt(start + 1)) == 'u') v = start + 2;
    else if (end - start >= 3 && first == 'g' && lower(s.charAt(start + 1)) == 'i'
        && VietnameseText.isVowel(s.charAt(start + 2))) v = start + 2;
    else while (v < end && !VietnameseText.isVowel(s.charAt(v))) v++;
    // Only an open two-vowel nucleus is written two ways; with a final consonant both styles agree.
    if (end - v != 2) return;
    char a = s.charAt(v), b = s.charAt(v + 1);
    char ba = lower(VietnameseText.toneless(a)), bb = lower(VietnameseText.toneless(b));
    boolean twoWays = (ba == 'o' && (bb == 'a' || bb == 'e')) || (ba == 'u' && bb == 'y');
    if (!twoWays) return;
    int tone = VietnameseText.tone(b);
    if (tone == VietnameseText.NO_TONE || VietnameseText.tone(a) != VietnameseText.NO_TONE) return;
    s.setCharAt(v, VietnameseText.withTone(a, tone));
    s.setCharAt(v + 1, VietnameseText.toneless(b));
  }

  private static char lower(char c) {
    return Character.toLowerCase(VietnameseText.fold(c));
  }
}
