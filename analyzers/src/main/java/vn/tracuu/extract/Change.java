package vn.tracuu.extract;

/**
 * A change reported on a figure: {@code tăng 12% so với cùng kỳ}, {@code giảm từ 5,7% xuống 4,2%}.
 *
 * @param direction {@code up} or {@code down}
 * @param amount how much, in {@code unit}; null when the text gives only the direction
 * @param unit {@code %}, {@code điểm phần trăm} (between two percents), or the figure's unit
 * @param from the earlier value of a from→to pair, or null
 */
public record Change(String direction, Double amount, String unit, Double from) {}
