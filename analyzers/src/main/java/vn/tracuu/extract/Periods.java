package vn.tracuu.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The context stage, time: the periods a sentence names ({@code năm 2023}, {@code 6 tháng đầu năm 2024},
 * {@code quý I/2024}, {@code 9 tháng đạt ...} (the first nine months), {@code tháng 5/2023}, {@code giai đoạn 2016-2020}, {@code nhiệm kỳ 2020-2025},
 * {@code tính đến ngày 30/6/2024}, {@code đến năm 2025}) and those it says relative to the document's date
 * ({@code năm nay}, {@code từ đầu năm đến nay}, {@code 6 tháng đầu năm}). A year after {@code so với} or
 * {@code cùng kỳ} is the base of a comparison, not the period.
 */
final class Periods {
  /** A period named at [start, end) of the sentence; null when the text gives no year to date it. */
  record Mention(Period period, int start, int end) {}

  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String SEP = "\\s*(?:/|-|năm)\\s*";
  private static final Pattern RANGE = Pattern.compile(
      "(?:(?:nhiệm kỳ|giai đoạn|thời kỳ|niên vụ|năm học|từ)\\s+)?(?:năm\\s+)?" + YEAR + "\\s*(?:-|–|đến|tới)\\s*(?:năm\\s+)?" + YEAR + "(?!\\d)");
  private static final Pattern MONTHS = Pattern.compile(
      "(\\d{1,2}|sáu|chín|ba) tháng(?: (đầu|cuối)? ?năm(?:\\s+(?:nay|" + YEAR + "))?|(?= (?:đạt|ước|là|tăng|giảm)[\\s,]))");
  private static final Pattern QUARTER = Pattern.compile("quý (iv|iii|ii|i|[1-4])(?:" + SEP + YEAR + ")?(?![\\p{L}\\d])");
  private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2})(?:" + SEP + YEAR + ")?(?![\\d/])");
  private static final Pattern AS_OF = Pattern.compile(
      "(?:tính )?(?:đến|tới) (?:hết |cuối )?(?:ngày )?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*" + YEAR);
  private static final Pattern BY_YEAR = Pattern.compile("(?:đến|tới|trước) (?:hết |cuối )?năm " + YEAR);
  private static final Pattern IN_YEAR = Pattern.compile("năm " + YEAR + "(?![\\d/-])");
  private static final Pattern YEAR_TO_DATE = Pattern.compile("(?:từ )?đầu năm(?: đến nay| tới nay)?");
  private static final Pattern WHOLE_YEAR = Pattern.compile("cả năm(?: " + YEAR + ")?(?![\\p{L}\\d])");
  private static final Pattern HALF_YEAR = Pattern.compile("nửa (đầu|cuối) năm(?: (nay|" + YEAR + "))?(?![\\p{L}\\d])");
  private static final Pattern THIS_MONTH = Pattern.compile("tháng (này|trước|qua)(?![\\p{L}])");
  private static final Pattern SINCE_YEAR = Pattern.compile("từ (?:năm )?" + YEAR + " (?:đến|tới) nay");
  private static final Pattern THIS_YEAR = Pattern.compile("(?:trong )?năm (nay|qua|ngoái|trước)(?![\\p{L}])");

  private static final Pattern COUNTED_YEARS = Pattern.compile(
      "(?:\\d|mười|trăm|hai|ba|bốn|năm|sáu|bảy|tám|chín|vài|nhiều|mấy|những|các)\\s+$");

  private Periods() {}

  /**
   * Every period the sentence names, in order; relative ones need the document's date.
   *
   * @param s the sentence lower-cased
   */
  static List<Mention> find(String sentence, String s, LocalDate published) {
    List<Mention> out = new ArrayList<>();
    // each pattern needs a digit or one of these words: most sentences are skipped without a scan (a fifth of
    // the indexing time went to these scans)
    boolean digit = false;
    for (int i = 0; i < s.length() && !digit; i++) digit = Character.isDigit(s.charAt(i));
    boolean year = s.contains("năm"), month = s.contains("tháng"), quarter = s.contains("quý");
    if (!digit && !year && !month && !quarter) return out;
    boolean written = digit && hasYear(s); // a year written in figures
    Integer docYear = published == null ? null : published.getYear();
    if (written) {
      // "từ năm 2021 đến nay": from that year to the document's date, or to a date the text does not give
      for (Matcher m = SINCE_YEAR.matcher(s); m.find(); ) {
        add(out, s, m, ym(Integer.parseInt(m.group(1)), 1), published == null ? null : ym(published.getYear(), published.getMonthValue()), sentence);
      }
      scanNumbered(s, sentence, year, out);
    }
    if (year) {
      // "nửa đầu năm 2024": January to June
      for (Matcher m = HALF_YEAR.matcher(s); m.find(); ) {
        Integer y = m.group(2) != null && !m.group(2).equals("nay") ? Integer.valueOf(m.group(2)) : docYear;
        boolean first = m.group(1).equals("đầu");
        if (y == null) undated(out, s, m);
        else add(out, s, m, ym(y, first ? 1 : 7), ym(y, first ? 6 : 12), sentence);
      }
    }
    if (month) {
      for (Matcher m = MONTHS.matcher(s); m.find(); ) {
        int n = switch (m.group(1)) { case "sáu" -> 6; case "chín" -> 9; case "ba" -> 3; default -> Integer.parseInt(m.group(1)); };
        Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : docYear;
        if (n < 1 || n > 12) continue;
        boolean last = "cuối".equals(m.group(2));
        if (y == null) undated(out, s, m);
        else add(out, s, m, ym(y, last ? 13 - n : 1), ym(y, last ? 12 : n), sentence);
      }
    }
    if (quarter) {
      for (Matcher m = QUARTER.matcher(s); m.find(); ) {
        int q = switch (m.group(1)) { case "i", "1" -> 1; case "ii", "2" -> 2; case "iii", "3" -> 3; default -> 4; };
        Integer y = m.group(2) != null ? Integer.valueOf(m.group(2)) : docYear;
        if (y != null) add(out, s, m, ym(y, 3 * q - 2), ym(y, 3 * q), sentence);
        else undated(out, s, m);
      }
    }
    if (month && digit) {
      for (Matcher m = MONTH.matcher(s); m.find(); ) {
        int n = Integer.parseInt(m.group(1));
        Integer y = m.group(2) != null ? Integer.valueOf(m.group(2)) : docYear;
        if (n >= 1 && n <= 12 && y != null) add(out, s, m, ym(y, n), ym(y, n), sentence);
      }
    }
    if (year && written) {
      for (Matcher m = IN_YEAR.matcher(s); m.find(); ) {
        int y = Integer.parseInt(m.group(1));
        add(out, s, m, ym(y, 1), ym(y, 12), sentence);
      }
    }
    if (year) {
      // "(dự kiến) cả năm đạt": the whole year of the document, or the year written
      for (Matcher m = WHOLE_YEAR.matcher(s); m.find(); ) {
        Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : docYear;
        // without a year it stays in the subject: "sản lượng lương thực cả năm" is the yearly output
        if (y != null) add(out, s, m, ym(y, 1), ym(y, 12), sentence);
      }
    }
    if (month && published != null) {
      // "tháng này", "tháng trước" of the document's date
      for (Matcher m = THIS_MONTH.matcher(s); m.find(); ) {
        LocalDate d = m.group(1).equals("này") ? published : published.minusMonths(1);
        add(out, s, m, ym(d.getYear(), d.getMonthValue()), ym(d.getYear(), d.getMonthValue()), sentence);
      }
    }
    if (docYear != null && year) {
      for (Matcher m = YEAR_TO_DATE.matcher(s); m.find(); ) {
        String to = m.group().contains("nay") ? ym(docYear, published.getMonthValue()) : ym(docYear, 12);
        add(out, s, m, ym(docYear, 1), to, sentence);
      }
      for (Matcher m = THIS_YEAR.matcher(s); m.find(); ) {
        if (COUNTED_YEARS.matcher(s.substring(0, m.start())).find()) continue; // "mười năm qua": ten years
        int y = m.group(1).equals("nay") || m.group(1).equals("qua") ? docYear : docYear - 1;
        add(out, s, m, ym(y, 1), ym(y, 12), sentence);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Whether the text holds a year as {@link #YEAR} reads one: 19xx or 20xx. */
  private static boolean hasYear(String s) {
    for (int i = 0; i + 3 < s.length(); i++) {
      char a = s.charAt(i), b = s.charAt(i + 1);
      if ((a == '1' && b == '9' || a == '2' && b == '0') && isAsciiDigit(s.charAt(i + 2)) && isAsciiDigit(s.charAt(i + 3))) return true;
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Ranges of years, dates a figure is counted to, "đến năm 2025": the periods that need a year. */
  private static void scanNumbered(String s, String sentence, boolean year, List<Mention> out) {
    for (Matcher m = RANGE.matcher(s); m.find(); ) {
      int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
      if (b > a && b - a <= 30) add(out, s, m, ym(a, 1), ym(b, 12), sentence);
    }
    for (Matcher m = AS_OF.matcher(s); m.find(); ) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        String at = ym(Integer.parseInt(m.group(3)), month);
        add(out, s, m, at, at, sentence);
      }
    }
    if (year) for (Matcher m = BY_YEAR.matcher(s); m.find(); ) add(out, s, m, null, ym(Integer.parseInt(m.group(1)), 12), sentence);
  }

  /**
   * "quý I", "6 tháng đầu năm" in a text without a date: the sentence names a time the year of which is unknown. It
   * is no period of a figure, but no part of what the figure measures either: a mention without a period.
   */
  private static void undated(List<Mention> out, String s, Matcher m) {
    if (free(out, s, m)) out.add(new Mention(null, m.start(), m.end()));
  }

  /** Whether the match starts a word and overlaps no mention found before it. */
  private static boolean free(List<Mention> out, String s, Matcher m) {
    for (Mention x : out) if (m.start() < x.end() && x.start() < m.end()) return false;
    return m.start() == 0 || !Character.isLetterOrDigit(s.charAt(m.start() - 1));
  }

  /** Adds a mention unless it overlaps one already found or is the base of a comparison. */
  private static void add(List<Mention> out, String s, Matcher m, String from, String to, String sentence) {
    if (!free(out, s, m)) return;
    String before = s.substring(Math.max(0, m.start() - 14), m.start());
    if (before.contains("so với") || before.contains("cùng kỳ") || before.endsWith("hơn ")) return;
    out.add(new Mention(new Period(from, to, sentence.substring(m.start(), m.end())), m.start(), m.end()));
  }

  private static String ym(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }
}
