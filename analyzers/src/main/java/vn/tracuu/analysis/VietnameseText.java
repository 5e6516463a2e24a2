package vn.tracuu.analysis;

import java.text.Normalizer;

/**
 * Character-level facts about Vietnamese text, computed once into flat tables so that the filters and the
 * normalizer look a character up without allocating: its base vowel, its tone, its diacritic-free fold.
 */
public final class VietnameseText {
  /** Tones in Unicode's combining order: none, grave, acute, tilde, hook above, dot below. */
  static final int NO_TONE = 0;

  private static final int TABLE = 0x2000;
  private static final char[] FOLD = new char[TABLE];
  private static final char[] TONELESS = new char[TABLE];
  private static final byte[] TONE = new byte[TABLE];
  private static final char[] WITH_TONE = new char[TABLE * 6];
  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'};

  static {
    for (char c = 0; c < TABLE; c++) {
      FOLD[c] = c;
      TONELESS[c] = c;
      WITH_TONE[c * 6] = c;
    }
    for (char c = 0xC0; c < TABLE; c++) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      if (d.length() < 2 || d.charAt(0) >= 0x80 || !Character.isLetter(d.charAt(0))) continue;
      FOLD[c] = d.charAt(0);
      int tone = NO_TONE, tones = 0;
      StringBuilder rest = new StringBuilder().append(d.charAt(0));
      for (int i = 1; i < d.length(); i++) {
        int t = toneOfMark(d.charAt(i));
        if (t != NO_TONE) {
          tone = t;
          tones++;
        } else rest.append(d.charAt(i));
      }
      if (tones > 1) continue; // ṍ (tilde and acute) is no Vietnamese letter
      String base = Normalizer.normalize(rest, Normalizer.Form.NFC);
      if (base.length() != 1 || tone == NO_TONE) continue;
      char b = base.charAt(0);
      TONELESS[c] = b;
      TONE[c] = (byte) tone;
      if (WITH_TONE[b * 6 + tone] == 0) WITH_TONE[b * 6 + tone] = c;
    }
    FOLD['đ'] = 'd';
    FOLD['Đ'] = 'D';
    FOLD['ð'] = 'd';
    FOLD['Ð'] = 'D';
  }

  private VietnameseText() {}

  private static int toneOfMark(char m) {
    for (int t = 1; t < TONE_MARKS.length; t++) if (TONE_MARKS[t] == m) return t;
    return NO_TONE;
  }

  /** {@code c} without any diacritic: {@code ạ→a}, {@code ư→u}, {@code đ→d}. */
  public static char fold(char c) {
    return c < TABLE ? FOLD[c] : c;
  }

  /** Whether the text has a Vietnamese diacritic anywhere (a query typed with marks). */
  public static boolean hasDiacritics(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && fold(c) != c) return true;
    }
    return false;
  }

  /** The text folded: lower case, no diacritics. */
  public static String foldAll(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) b.append(Character.toLowerCase(fold(s.charAt(i))));
    return b.toString();
  }

  static int tone(char c) {
    return c < TABLE ? TONE[c] : NO_TONE;
  }

  static char toneless(char c) {
    return c < TABLE ? TONELESS[c] : c;
  }

  static char withTone(char toneless, int tone) {
    if (toneless >= TABLE) return toneless;
    char c = WITH_TONE[toneless * 6 + tone];
    return c == 0 ? toneless : c;
  }

  /** A vowel letter of Vietnamese, any case, with or without marks. */
  static boolean isVowel(char c) {
    switch (Character.toLowerCase(fold(c))) {
      case 'a', 'e', 'i', 'o', 'u', 'y' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
