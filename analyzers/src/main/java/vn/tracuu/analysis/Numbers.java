package vn.tracuu.analysis;

/** How Vietnamese writes numbers: {@code .} groups thousands, {@code ,} marks decimals. */
public final class Numbers {
  private Numbers() {}

  /**
   * Whether every dot in [start,end) separates a group of exactly three digits before any comma:
   * {@code 45.239}, {@code 1.200.000}, {@code 2.350,5}; not {@code 0228.3849386} nor {@code 1.5}.
   */
  public static boolean hasThousandsDots(char[] s, int start, int end) {
    boolean dot = false;
    int group = -1;
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (c == '.') {
        if (group != -1 && group != 3) return false;
        dot = true;
        group = 0;
      } else if (c == ',') {
        if (group != -1 && group != 3) return false;
        return dot;
      } else if (group >= 0) {
        group++;
      }
    }
    return dot && group == 3;
  }

  /** The value of a number written the Vietnamese way ({@code 45.239}, {@code 97,9}, {@code 1,5}), or NaN. */
  public static double parse(CharSequence text) {
    char[] s = text.toString().toCharArray();
    boolean thousands = hasThousandsDots(s, 0, s.length);
    StringBuilder b = new StringBuilder(s.length);
    for (char c : s) {
      if (c == '.') {
        if (!thousands) b.append('.');
      } else if (c == ',') b.append('.');
      else if (c >= '0' && c <= '9') b.append(c);
      else return Double.NaN;
    }
    try {
      return Double.parseDouble(b.toString());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
