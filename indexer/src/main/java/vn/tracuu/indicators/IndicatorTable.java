package vn.tracuu.indicators;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import vn.tracuu.index.Fields;

/**
 * The researchers' table over the whole index: every indicator row that passes a filter, page by page in a
 * stable order (a cursor survives commits), and groups by place, year, subject or unit with count, distinct facts,
 * sum, min, max, median (over distinct facts: a figure several texts report is counted once) and their sources.
 * The embedded index has one ({@link IndexedIndicatorTable}), and so has a cluster.
 */
public interface IndicatorTable {
  int MAX_LIMIT = 1000;
  /** The most other texts a row lists as reporting the same fact, and the most sources a group names. */
  int MAX_DUPLICATES = 20, MAX_SOURCES = 10;

  /** A page of rows: how many pass in all, these rows, and the cursor of the next page (null on the last). */
  record Page(long total, List<IndicatorRow> rows, String next) {}

  /** One group of a summary. */
  record Group(String key, String label, long count, long facts, double sum, double min, double max, double median,
      List<String> units, List<String> sources) {
    /** A group from the values of its distinct facts (NaN where a row has none). */
    public static Group of(String key, String label, long count, Collection<Double> factValues, Collection<String> units, List<String> sources) {
      double[] v = factValues.stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x)).sorted().toArray();
      double sum = 0;
      for (double x : v) sum += x;
      double median = v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      return new Group(key, label, count, factValues.size(), sum, v.length == 0 ? Double.NaN : v[0],
          v.length == 0 ? Double.NaN : v[v.length - 1], median, List.copyOf(units), sources);
    }
  }

  /** The rows that pass, {@code limit} of them from {@code cursor} (null: the first page). */
  Page page(IndicatorFilter f, int limit, String cursor);

  /** Groups of the rows that pass, largest first; {@code by} is place, year, subject or unit. */
  List<Group> summary(IndicatorFilter f, String by, int limit);

  /** Every row that passes, in order (for CSV exports of any size). */
  default long forEach(IndicatorFilter f, Consumer<IndicatorRow> sink) {
    long n = 0;
    String cursor = null;
    do {
      Page p = page(f, MAX_LIMIT, cursor);
      for (IndicatorRow r : p.rows()) sink.accept(r);
      n += p.rows().size();
      cursor = p.next();
    } while (cursor != null);
    return n;
  }

  static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit phải từ 1 đến " + MAX_LIMIT);
  }

  /** The field a summary groups by. */
  static String groupField(String by) {
    return switch (by) {
      case "place" -> Fields.IND_PLACE;
      case "year" -> Fields.IND_YEAR;
      case "subject" -> Fields.IND_KEY;
      case "unit" -> Fields.IND_UNIT;
      default -> throw new IllegalArgumentException("by phải là place, year, subject hoặc unit");
    };
  }

  /** The cursor after a row: its sort key, opaque to users. */
  static String cursor(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key just past the row of a cursor: the keys are unique and never contain \u0001. */
  static String after(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8) + "\u0001";
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cursor không hợp lệ");
    }
  }
}
