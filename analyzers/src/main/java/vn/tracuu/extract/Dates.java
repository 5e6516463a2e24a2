package vn.tracuu.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese texts write them: {@code 15-5-2016}, {@code 04/3/2008}, {@code ngày 19 tháng 02 năm 2019}. */
public final class Dates {
  static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?((?:19|20)\\d{2})(?!\\d)");
  static final Pattern WORDS = Pattern.compile(
      "(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})");

  private Dates() {}

  /** The first date in {@code text}, as a LocalDate. */
  public static Optional<LocalDate> first(CharSequence text) {
    Match m = find(text, 0);
    return m == null ? Optional.empty() : Optional.of(m.date());
  }

  /** A date found at [start, end). */
  public record Match(LocalDate date, int start, int end) {}

  /** The earliest date at or after {@code from}, or null. */
  public static Match find(CharSequence text, int from) {
    Match best = null;
    Matcher a = NUMERIC.matcher(text);
    if (a.find(from)) best = of(a, 1, 3, 4);
    Matcher b = WORDS.matcher(text);
    if (b.find(from) && (best == null || b.start() < best.start())) {
      Match m = of(b, 1, 2, 3);
      if (m != null) best = m;
    }
    while (best == null && a.find()) best = of(a, 1, 3, 4); // skip impossible dates like 31/02
    return best;
  }

  private static Match of(Matcher m, int d, int mo, int y) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(y)), Integer.parseInt(m.group(mo)), Integer.parseInt(m.group(d)));
      return new Match(date, m.start(), m.end());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
