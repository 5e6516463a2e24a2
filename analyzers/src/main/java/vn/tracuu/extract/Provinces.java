package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vietnam's provinces and centrally-run cities ({@code lists/provinces.tsv}): the 63 before the 2025 merger, the
 * 34 after it, and the other names texts use ({@code TP.HCM}, {@code Huế}).
 */
public final class Provinces {
  /** Canonical names (before 2025), and every written form to its canonical name, longest form first. */
  static final List<String> NAMES = new ArrayList<>();
  private static final Map<String, String> SINCE_2025 = new HashMap<>();
  static final List<String[]> FORMS = new ArrayList<>(); // {form as written, canonical}
  /** The indexes in {@link #FORMS} of the forms that start with each letter, in order. */
  static final Map<Character, int[]> BY_FIRST = new HashMap<>();
  private static final String[] PREFIXES = {"tỉnh ủy ", "tỉnh ", "thành phố ", "tp. ", "tp "};
  /** The province-level cities: "thành phố Hà Nội" is a province, "thành phố Yên Bái" a district. */
  static final java.util.Set<String> CITIES = java.util.Set.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thừa Thiên Huế");

  static {
    for (String[] r : WordList.rows("provinces.tsv")) {
      String name = r[0].strip();
      NAMES.add(name);
      SINCE_2025.put(name, r[1].strip());
      FORMS.add(new String[] {name, name});
      if (r.length > 2) for (String alias : r[2].split(",")) if (!alias.isBlank()) FORMS.add(new String[] {alias.strip(), name});
    }
    FORMS.sort((a, b) -> b[0].length() - a[0].length());
    Map<Character, List<Integer>> first = new HashMap<>();
    for (int k = 0; k < FORMS.size(); k++) first.computeIfAbsent(FORMS.get(k)[0].charAt(0), c -> new ArrayList<>()).add(k);
    first.forEach((c, ks) -> BY_FIRST.put(c, ks.stream().mapToInt(Integer::intValue).toArray()));
  }

  private Provinces() {}

  /** The province a canonical province belongs to since 1 July 2025 ({@code Yên Bái} → {@code Lào Cai}). */
  public static String since2025(String name) {
    return SINCE_2025.get(name);
  }

  /** The canonical name of a written form ({@code TP.HCM} → {@code Hồ Chí Minh}), case-insensitive, or null. */
  public static String canonical(String written) {
    String w = written.strip().toLowerCase(Locale.ROOT);
    for (String[] f : FORMS) if (f[0].toLowerCase(Locale.ROOT).equals(w)) return f[1];
    return null;
  }

  /** The province the text is about: the one named most often after "tỉnh", "Tỉnh ủy" or "thành phố". */
  public static String mostNamed(CharSequence text) {
    String lower = text.toString().toLowerCase(Locale.ROOT);
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (String prefix : PREFIXES) {
      for (int i = lower.indexOf(prefix); i >= 0; i = lower.indexOf(prefix, i + 1)) {
        if (i > 0 && Character.isLetter(lower.charAt(i - 1))) continue;
        int at = i + prefix.length();
        for (String[] f : FORMS) {
          String n = f[0].toLowerCase(Locale.ROOT);
          if (lower.startsWith(n, at) && (at + n.length() == lower.length() || !Character.isLetter(lower.charAt(at + n.length())))) {
            int c = counts.merge(f[1], 1, Integer::sum);
            if (best == null || c > counts.get(best)) best = f[1];
            break;
          }
        }
      }
    }
    return best;
  }
}
