package vn.tracuu.extract;

/**
 * A statistic a text reports, as one row of a researcher's table.
 *
 * @param value the number ({@code 45.239} → 45239, {@code 97,9%} → 97.9; for a ratio {@code 16/25}, 16)
 * @param unit what is counted ({@code đảng viên}, {@code %}, {@code VND})
 * @param kind count, percent, ratio, money, area, length, mass, rate ({@code 58,6 tạ/ha})
 * @param subject what the sentence says is measured ({@code tổng số đảng viên})
 * @param of for a ratio, the whole (25 of {@code 16/25}); for a percent of a plan, null
 * @param target the goal set for it ({@code (NQ 90%)} → 90), or null
 * @param qualifier {@code hơn}, {@code trên}, {@code gần}, {@code khoảng}, {@code ước}, {@code từ ... trở lên},
 *     {@code dưới}, or null
 * @param change {@code tăng} or {@code giảm} when the number is a change, or null
 * @param text the number and unit as written; start, end its offsets
 * @param sentence the sentence it is reported in
 */
public record Indicator(
    double value, String unit, String kind, String subject, Double of, Double target, String qualifier,
    String change, String text, int start, int end, String sentence) {}
