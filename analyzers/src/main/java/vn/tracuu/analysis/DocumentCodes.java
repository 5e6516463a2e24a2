package vn.tracuu.analysis;

/**
 * Recognizes the codes (số hiệu) of party and state documents and writes them in one canonical form.
 *
 * <ul>
 *   <li>Party: number, dash, type, slash, issuer: {@code 22-NQ/TW}, {@code 05 - CT/TW}, {@code 18-CTr/TU},
 *       {@code 12-HD/BTCTW}. Canonical: no spaces, upper case but {@code CTr}, {@code TƯ} as {@code TW}; the
 *       number as written, leading zeros kept ({@code 05-CT/TW}).
 *   <li>State: number, slash, optional year and slash, issuer parts joined by dashes: {@code 19/2019/NĐ-CP},
 *       {@code 3745/QĐ-UBND}, {@code 23/2003/QH11}, {@code 299/TTg}. Canonical: as written.
 * </ul>
 */
public final class DocumentCodes {
  private DocumentCodes() {}

  /** End of the code that starts at {@code start}, or -1 if none starts there. */
  public static int scan(char[] s, int start, int len) {
    int i = start;
    while (i < len && isDigit(s[i])) i++;
    if (i == start || i - start > 6) return -1;
    if (start > 0 && (isDigit(s[start - 1]) || s[start - 1] == '/' || s[start - 1] == '.')) return -1;
    int end = i < len && s[i] == '/' ? scanState(s, i + 1, len) : scanParty(s, i, len);
    if (end < 0 || (end < len && VietnameseTokenizer.isWordChar(s[end]))) return -1;
    return end;
  }

  /** {@code ␣-␣TYPE/ISSUER}. */
  private static int scanParty(char[] s, int i, int len) {
    i = skipSpaces(s, i, len);
    if (i >= len || s[i] != '-') return -1;
    i = skipSpaces(s, i + 1, len);
    int type = i;
    while (i < len && Character.isLetter(s[i])) i++;
    if (i == type || i - type > 6 || !Character.isUpperCase(s[type])) return -1;
    if (i >= len || s[i] != '/') return -1;
    return scanParts(s, i + 1, len);
  }

  /** {@code [YEAR/]PART(-PART)*} after the number's slash. */
  private static int scanState(char[] s, int i, int len) {
    if (i < len && isDigit(s[i])) {
      int year = i;
      while (i < len && isDigit(s[i])) i++;
      if (i - year != 4 || i >= len || s[i] != '/') return -1;
      i++;
    }
    return scanParts(s, i, len);
  }

  private static int scanParts(char[] s, int i, int len) {
    int end = scanPart(s, i, len);
    if (end < 0) return -1;
    while (end + 1 < len && s[end] == '-') {
      int next = scanPart(s, end + 1, len);
      if (next < 0) break;
      end = next;
    }
    return end;
  }

  private static int scanPart(char[] s, int i, int len) {
    if (i >= len || !Character.isUpperCase(s[i])) return -1;
    int start = i;
    while (i < len && Character.isLetterOrDigit(s[i])) i++;
    return i - start > 12 ? -1 : i;
  }

  private static int skipSpaces(char[] s, int i, int len) {
    int max = i + 2;
    while (i < len && i < max && s[i] == ' ') i++;
    return i;
  }

  /** Writes the canonical form of the code in [start,end). */
  public static void canonical(char[] s, int start, int end, Appendable out) {
    try {
      int i = start;
      while (i < end && isDigit(s[i])) out.append(s[i++]);
      if (s[i] == '/') {
        for (; i < end; i++) out.append(s[i]);
        return;
      }
      while (s[i] == ' ' || s[i] == '-') i++;
      out.append('-');
      int type = i;
      while (s[i] != '/') i++;
      if (i - type == 3 && (s[type] == 'C' || s[type] == 'c') && (s[type + 2] == 'r' || s[type + 2] == 'R')) {
        out.append("CTr");
      } else {
        for (int k = type; k < i; k++) out.append(Character.toUpperCase(s[k]));
      }
      for (; i < end; i++) {
        char c = Character.toUpperCase(s[i]);
        out.append(c == 'Ư' && i > 0 && Character.toUpperCase(s[i - 1]) == 'T' ? 'W' : c);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The canonical form of a code written in {@code text}, or null if {@code text} is not exactly a code. */
  public static String canonical(CharSequence text) {
    char[] s = VietnameseNormalizer.normalize(text.toString().strip()).toCharArray();
    if (scan(s, 0, s.length) != s.length) return null;
    StringBuilder b = new StringBuilder(s.length);
    canonical(s, 0, s.length, b);
    return b.toString();
  }

  /**
   * The key two writings of the same code share: canonical, upper case, leading zeros of the number dropped
   * ({@code 05-CT/TW} and {@code 5-CT/TW} are the same directive).
   */
  public static String key(String canonical) {
    int i = 0;
    while (i < canonical.length() - 1 && canonical.charAt(i) == '0' && isDigit(canonical.charAt(i + 1))) i++;
    return canonical.substring(i).toUpperCase(java.util.Locale.ROOT);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
