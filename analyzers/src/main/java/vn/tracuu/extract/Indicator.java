package vn.tracuu.extract;

/**
 * A statistic a text reports, as one row of a researcher's table.
 *
 * @param value the number ({@code 45.239} → 45239, {@code 97,9%} → 97.9; for a ratio {@code 16/25}, 16; for a
 *     range {@code 7-8 tỷ đồng}, the bottom)
 * @param valueTo the top of a range, or null
 * @param of for a ratio, the whole (25 of {@code 16/25})
 * @param unit what is counted, normalized ({@code đảng viên}, {@code %}, {@code VND}, {@code ha}, {@code VND/lít})
 * @param kind count, percent, ratio, money, area, length, mass, temperature, rate ({@code 58,6 tạ/ha})
 * @param subject what is measured, from the sentence's structure ({@code kết nạp đảng viên mới},
 *     {@code tỷ lệ thôn có chi bộ}, {@code thu ngân sách})
 * @param subjectKey the subject's content words, sorted: equal for the same thing said in other words
 * @param period the time the figure applies to, or null when the text does not say
 * @param place where it applies, or null
 * @param target the goal set for it, in its unit ({@code (NQ 90%)} → 90), or null
 * @param achieved the percent of the goal or plan reached ({@code đạt 103% chỉ tiêu} → 103), or null
 * @param bound {@code more}, {@code less}, {@code approx}, {@code atleast}, {@code atmost}, or null
 * @param qualifier the words of the bound as written ({@code hơn}, {@code không cao hơn}, {@code từ ... trở lên})
 * @param change the change reported on it, or null
 * @param planned true for a goal, plan or forecast ({@code phấn đấu}, {@code mục tiêu}, {@code dự kiến})
 * @param text the number and unit as written; start, end its offsets
 * @param sentence the sentence it is reported in
 */
public record Indicator(
    double value, Double valueTo, Double of, String unit, String kind, String subject, String subjectKey,
    Period period, Place place, Double target, Double achieved, String bound, String qualifier, Change change,
    boolean planned, String text, int start, int end, String sentence) {

  Indicator withTarget(double t) {
    return new Indicator(value, valueTo, of, unit, kind, subject, subjectKey, period, place, t, achieved, bound,
        qualifier, change, planned, text, start, end, sentence);
  }

  Indicator withAchieved(double a) {
    return new Indicator(value, valueTo, of, unit, kind, subject, subjectKey, period, place, target, a, bound,
        qualifier, change, planned, text, start, end, sentence);
  }

  Indicator withChange(Change c) {
    return new Indicator(value, valueTo, of, unit, kind, subject, subjectKey, period, place, target, achieved, bound,
        qualifier, c, planned, text, start, end, sentence);
  }

  /** The same indicator with its text and offsets in another text (the raw input of {@link Extraction}). */
  Indicator at(String text, int start, int end) {
    return new Indicator(value, valueTo, of, unit, kind, subject, subjectKey, period, place, target, achieved, bound,
        qualifier, change, planned, text, start, end, sentence);
  }
}
