package vn.tracuu.extract;

import java.util.Set;

/**
 * The last stage before a record: a figure is reported only when its clause says what it measures. Without a
 * subject, with a subject too long to be one thing, or told in the first or second person ("tôi tăng thêm 2kg",
 * "họ tìm được 3 điểm"), a number is part of a story, not a statistic a researcher can put in a table.
 */
final class Readability {
  private static final Set<String> PERSONAL = WordList.set("personal-words.txt");
  /**
   * Syllables of the longest subject that still names one thing: party reports use phrases such as "tổ chức cơ sở
   * đảng được đánh giá hoàn thành xuất sắc nhiệm vụ" (13); longer ones in news run into the next clause.
   */
  static final int MAX_WORDS = 14;

  private Readability() {}

  static boolean reportable(String subject) {
    if (subject == null || subject.isBlank()) return false;
    String[] words = subject.split("[\\s,]+");
    if (words.length > MAX_WORDS) return false;
    for (String w : words) if (PERSONAL.contains(w)) return false;
    return true;
  }
}
