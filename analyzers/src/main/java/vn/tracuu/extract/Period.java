package vn.tracuu.extract;

/**
 * The time a figure applies to, as months: {@code năm 2023} → 2023-01 to 2023-12, {@code 6 tháng đầu năm 2024}
 * → 2024-01 to 2024-06, {@code đến năm 2025} → to 2025-12 with no start.
 *
 * @param from first month ({@code yyyy-MM}), or null when open
 * @param to last month, or null when open
 * @param text the words that say it
 */
public record Period(String from, String to, String text) {}
