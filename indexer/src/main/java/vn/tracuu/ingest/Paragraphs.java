package vn.tracuu.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of text taken from a page layout (PDF, DOC, DOCX): a line that runs to the right margin
 * without ending a sentence goes on in the next line, a word split by a hyphen at the margin is joined, and page
 * numbers and running headers or footers (short lines repeated page after page) are dropped. Without this, every
 * wrapped line reads as a sentence of its own and a target such as {@code (NQ 90%)} loses its figure.
 */
final class Paragraphs {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)\\s*(?:-\\s*)?(?:trang\\s+)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?(?:\\s*-)?\\s*");
  private static final Pattern LIST_LABEL = Pattern.compile("\\d{1,2}[.)]\\s");
  /** A short line repeated at least this often is a running header or footer. */
  private static final int RUNNING = 2;
  private static final int SHORT = 80;

  private Paragraphs() {}

  static String rebuild(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> running = runningHeaders(lines);
    List<String> kept = new ArrayList<>();
    int width = 0;
    for (String l : lines) {
      String s = l.strip();
      if (!s.isEmpty() && PAGE_NUMBER.matcher(s).matches()) continue;
      // a header the layout put on the same line as the page's first words goes, the words stay
      for (String h : running) if (s.startsWith(h)) s = s.substring(h.length()).strip();
      if (s.isEmpty() && !l.isBlank()) continue;
      kept.add(s);
      width = Math.max(width, s.length());
    }
    StringBuilder out = new StringBuilder(text.length());
    String previous = null;
    boolean blank = false;
    for (String s : kept) {
      // a blank line may be only a page break: across it, only a line that cannot begin a paragraph goes on
      if (s.isEmpty()) {
        blank = true;
        continue;
      }
      if (previous != null && continues(previous, s, blank ? Integer.MAX_VALUE : width)) {
        if (previous.endsWith("-") && Character.isLowerCase(s.charAt(0)) && previous.length() > 1
            && Character.isLetter(previous.charAt(previous.length() - 2))) {
          out.setLength(out.length() - 1); // "xây-\ndựng": the hyphen only split the word at the margin
        } else {
          out.append(' ');
        }
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      out.append(s);
      previous = s;
      blank = false;
    }
    return out.toString().strip();
  }

  /** Whether {@code next} continues the paragraph of {@code line}. */
  private static boolean continues(String line, String next, int width) {
    char last = line.charAt(line.length() - 1);
    if (".!?…:;".indexOf(last) >= 0 || (last == '"' || last == '”') && line.length() > 1
        && ".!?".indexOf(line.charAt(line.length() - 2)) >= 0) return false;
    char first = next.charAt(0);
    if (Character.isLowerCase(first) || first == '(' || first == '%') return true; // "theo quy định" ⏎ "(NQ 100%)"
    // an open bracket never closes in the next paragraph: "(NQ" ⏎ "100%)"
    if (line.chars().filter(c -> c == '(').count() > line.chars().filter(c -> c == ')').count()) return true;
    // a number that is no list label ("1.", "2)") goes on the sentence: "đạt" ⏎ "98,5%"
    if (Character.isDigit(first) && !LIST_LABEL.matcher(next).lookingAt()) return true;
    // a line that reaches the margin and ends no sentence goes on, whatever the next begins with
    return line.length() >= width * 0.8 && width < Integer.MAX_VALUE && !next.startsWith("-") && !next.startsWith("+") && !next.startsWith("•");
  }

  /**
   * Running headers and footers: short lines that end no sentence and stand, alone or at the start of a line,
   * on at least two pages.
   */
  private static List<String> runningHeaders(String[] lines) {
    Map<String, Integer> alone = new HashMap<>();
    for (String l : lines) {
      String s = l.strip();
      if (!s.isEmpty() && s.length() < SHORT && ".!?…:;".indexOf(s.charAt(s.length() - 1)) < 0) alone.merge(s, 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    for (String candidate : alone.keySet()) {
      int seen = 0;
      for (String l : lines) if (l.strip().startsWith(candidate)) seen++;
      if (seen >= RUNNING) out.add(candidate);
    }
    out.sort((a, b) -> b.length() - a.length());
    return out;
  }
}
