package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The context stage, place: the places a sentence names. Provinces by name, with or without {@code tỉnh} (from
 * {@code lists/provinces.tsv}); districts and communes by the word before a capitalized name
 * ({@code huyện Văn Yên}, {@code xã Tân Thịnh}, {@code phường 5}, levels in {@code lists/place-levels.tsv}); the
 * whole country ({@code cả nước}).
 */
final class Places {
  /** A place named at [start, end) of the sentence. */
  record Mention(Place place, int start, int end) {}

  private static final Map<String[], String> LEVELS = WordList.table("place-levels.tsv");
  private static final List<String[]> COUNTRY = WordList.phrases("country-phrases.txt");
  private static final Pattern NAMED = Pattern.compile(
      "(?<![\\p{L}])((?iu:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))\\s+"
          + "((?:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s*-\\s*|\\s+)){0,3}\\p{Lu}[\\p{L}\\p{M}]*|\\d{1,2}(?!\\d))");
  private static final Pattern UPPER = Pattern.compile("\\p{Lu}.*");

  private Places() {}

  /** The words {@link #NAMED} starts with, lower-cased: a sentence without any is not scanned. */
  private static final String[] LEVEL_WORDS = {"tỉnh", "thành phố", "tp", "huyện", "quận", "xã", "phường", "thị trấn", "đặc khu"};

  /** Every place the sentence names, in order; {@code lower} is it lower-cased, {@code t} its tokens. */
  static List<Mention> find(String s, String lower, List<Lexer.Tok> t, String province) {
    List<Mention> out = new ArrayList<>();
    boolean named = false;
    for (int i = 0; i < LEVEL_WORDS.length && !named; i++) named = lower.contains(LEVEL_WORDS[i]);
    Matcher m = NAMED.matcher(s);
    while (named && m.find()) {
      String prefix = m.group(1).toLowerCase(Locale.ROOT);
      String name = m.group(2);
      if (!UPPER.matcher(name).matches() && !Character.isDigit(name.charAt(0))) continue;
      // the regex is case-insensitive for the prefix only: names must be capitalized syllables
      if (!Character.isDigit(name.charAt(0)) && !capitalized(name)) continue;
      // "Phường 5", "Quận 1"; but "các xã 12 đồng chí" counts comrades
      if (Character.isDigit(name.charAt(0)) && (!prefix.matches("phường|quận") || countedAfter(s, m.end()))) continue;
      String canonical = Provinces.canonical(name);
      String level = level(prefix);
      boolean provinceLevel = prefix.equals("tỉnh") || canonical != null && Provinces.CITIES.contains(canonical)
          && !prefix.equals("huyện") && !prefix.equals("xã");
      if (canonical == null) canonical = longestProvinceIn(name);
      if (provinceLevel && canonical != null) {
        add(out, new Place(canonical, "tỉnh", s.substring(m.start(), m.end()), canonical), m.start(), m.end());
      } else if (!prefix.equals("tỉnh")) {
        String n = Character.isDigit(name.charAt(0)) ? capitalize(prefix) + " " + name : name;
        add(out, new Place(n, level, s.substring(m.start(), m.end()), province), m.start(), m.end());
      }
    }
    // provinces named on their own: "Yên Bái: ...", "tại Hà Nội"
    // (found by their first letter, then added form by form, longest first, as a scan per form would)
    List<long[]> found = new ArrayList<>(); // {form index, position}
    for (int i = 0; i < s.length(); i++) {
      int[] forms = Provinces.BY_FIRST.get(s.charAt(i));
      if (forms != null) for (int k : forms) if (s.startsWith(Provinces.FORMS.get(k)[0], i)) found.add(new long[] {k, i});
    }
    found.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    for (long[] at : found) {
      String[] f = Provinces.FORMS.get((int) at[0]);
      int i = (int) at[1], e = i + f[0].length();
      if ((i > 0 && Character.isLetter(s.charAt(i - 1))) || (e < s.length() && Character.isLetter(s.charAt(e)))) continue;
      if (e + 1 < s.length() && s.charAt(e) == ' ' && Character.isUpperCase(s.charAt(e + 1))) continue; // part of a longer name
      add(out, new Place(f[1], "tỉnh", f[0], f[1]), i, e);
    }
    for (int i = 0; i < t.size(); i++) {
      String[] c = WordList.longestAt(t, i, COUNTRY);
      // "xếp thứ 10 cả nước": the rank is among the country's provinces, the figure is the province's
      if (c != null && i >= 2 && t.get(i - 2).word("thứ") && t.get(i - 1).kind() == Lexer.Kind.NUM) continue;
      // "cao hơn mức trung bình cả nước": the country is what the figure is compared with
      if (c != null && i >= 1 && t.get(i - 1).word("bình", "quân", "nhất")) continue; // ... "cao nhất cả nước"
      if (c != null) add(out, new Place("Việt Nam", "quốc gia", s.substring(t.get(i).start(), t.get(i + c.length - 1).end()), null),
          t.get(i).start(), t.get(i + c.length - 1).end());
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  private static boolean countedAfter(String s, int end) {
    List<Lexer.Tok> rest = Lexer.lex(s.substring(end, Math.min(s.length(), end + 40)));
    return !rest.isEmpty() && rest.get(0).kind() == Lexer.Kind.WORD && Quantities.unitEnd(rest, 0) > 0
        && Character.isLowerCase(s.charAt(end + rest.get(0).start()));
  }

  /** 0 for a commune, 1 a district, 2 a province, 3 the country: the lower, the more specific. */
  static int rank(Place p) {
    return switch (p.level()) { case "xã" -> 0; case "huyện" -> 1; case "tỉnh" -> 2; default -> 3; };
  }

  private static void add(List<Mention> out, Place p, int start, int end) {
    for (Mention x : out) if (start < x.end() && x.start() < end) return;
    out.add(new Mention(p, start, end));
  }

  private static String level(String prefix) {
    String[] words = prefix.split("\\s+");
    for (var e : LEVELS.entrySet()) if (java.util.Arrays.equals(e.getKey(), words)) return e.getValue();
    return "huyện";
  }

  private static boolean capitalized(String name) {
    for (String w : name.split("[\\s-]+")) if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) return false;
    return true;
  }

  /** "Yên Bái Đỗ Đức": the province name at the start of a run of capitalized words, or null. */
  private static String longestProvinceIn(String name) {
    String[] w = name.split("\\s+");
    for (int n = w.length - 1; n >= 1; n--) {
      String c = Provinces.canonical(String.join(" ", java.util.Arrays.copyOf(w, n)));
      if (c != null) return c;
    }
    return null;
  }

  private static String capitalize(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
