package vn.tracuu.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercises and exam papers ("Câu 3: Thủy phân hoàn toàn 4,06 gam X…", "A. 8,15 gam. B. 7,09 gam."): their
 * numbers are the data of a problem, not what anyone reports, so such a text gives no indicators.
 */
final class Exercises {
  private static final Pattern QUESTION = Pattern.compile("(?<![\\p{L}\\d])Câu\\s+\\d{1,3}\\s*[:.]");
  /** Numbered questions from which a text is an exercise sheet rather than an article quoting one. */
  static final int QUESTIONS = 3;

  private Exercises() {}

  static boolean isExercise(CharSequence text) {
    Matcher m = QUESTION.matcher(text);
    int n = 0;
    while (m.find()) if (++n >= QUESTIONS) return true;
    return false;
  }
}
