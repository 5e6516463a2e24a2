package vn.tracuu.extract;

import java.util.List;
import java.util.Set;

/**
 * The context stage, goals: targets stated beside a figure ({@code (NQ 90%)}, {@code (chỉ tiêu 1.000 đảng viên)},
 * {@code chỉ tiêu nghị quyết 95%}), the share of a plan reached ({@code đạt 103% chỉ tiêu},
 * {@code bằng 61,3% dự toán}), and figures that are goals, plans or forecasts rather than results
 * ({@code phấn đấu}, {@code mục tiêu}, {@code dự kiến}; word lists in {@code lists/}).
 */
final class Goals {
  private static final List<String[]> TARGET_WORDS = WordList.phrases("target-words.txt");
  private static final List<String[]> PLAN_NOUNS = WordList.phrases("plan-nouns.txt");
  private static final List<String[]> PLAN = WordList.phrases("plan-words.txt");
  private static final List<String[]> RESULT = WordList.phrases("result-words.txt");
  private static final List<String[]> ACHIEVED = WordList.phrases("achieved-words.txt");
  /** Before a plan word, these make it the plan a result is measured against, not a plan. */
  private static final Set<String> MEASURED_AGAINST = Set.of("hiện", "theo", "với", "vượt", "đạt", "thành", "bằng");

  private Goals() {}

  /**
   * "(NQ 90%)", "(nghị quyết đề ra 90%)", "(chỉ tiêu 1.000 đảng viên)", "vượt chỉ tiêu Nghị quyết đề ra (95%)":
   * index of its ')' or -1.
   */
  static int targetBracket(List<Lexer.Tok> t, int open) {
    if (open + 1 >= t.size()) return -1;
    if (WordList.longestAt(t, open + 1, TARGET_WORDS) == null && !precededByTargetWords(t, open)) return -1;
    boolean number = false;
    for (int q = open + 1; q < t.size() && q < open + 16; q++) {
      if (t.get(q).sym(')')) return number ? q : -1;
      if (t.get(q).sym('(')) return -1;
      number |= t.get(q).kind() == Lexer.Kind.NUM;
    }
    return -1;
  }

  /**
   * "chỉ tiêu nghị quyết 95%", "NQ: 90%", "kế hoạch đề ra 67", "(thấp hơn) mục tiêu 15%": only goal words between
   * the figure and this.
   */
  static boolean precededByTargetWords(List<Lexer.Tok> t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
      Lexer.Tok w = t.get(k);
      if (w.word("nq", "kh") || (w.word("tiêu") && k > 0 && t.get(k - 1).word("chỉ", "mục"))) return true;
      // ("chỉ tiêu tỉnh giao", "chỉ tiêu cấp trên giao": who set the goal)
      if (!w.sym(':') && !w.word("nghị", "quyết", "đề", "ra", "là", "kế", "hoạch", "đặt", "phấn", "đấu", "mục", "tiêu",
          "giao", "tỉnh", "huyện", "cấp", "trên")) return false;
    }
    return false;
  }

  /** "đạt 103%", "bằng khoảng 61%": a word of reaching a plan ends at token {@code at} (the figure with its bound). */
  static boolean achievedBefore(List<Lexer.Tok> t, int at) {
    return at > 0 && WordList.longestEndingAt(t, at, ACHIEVED) != null;
  }

  /** The plan noun after a percent ("103% chỉ tiêu", "61,3% dự toán", "105% so với kế hoạch"), or null. */
  static String planAfter(List<Lexer.Tok> t, int j) {
    int k = j;
    if (k + 1 < t.size() && t.get(k).word("so") && t.get(k + 1).word("với")) k += 2;
    String[] p = WordList.longestAt(t, k, PLAN_NOUNS);
    if (p == null) return null;
    return switch (p[0]) {
      case "kh", "kế" -> "kế hoạch";
      case "nq", "nghị" -> "nghị quyết";
      default -> String.join(" ", p);
    };
  }

  /** Whether the figure at token i is a goal, plan or forecast: a plan word before it, no result word between. */
  static boolean planned(List<Lexer.Tok> t, int i) {
    for (int k = i; k > 0; k--) {
      if (t.get(k - 1).sym(';')) return false;
      if (WordList.longestEndingAt(t, k, RESULT) != null) return false;
      String[] p = WordList.longestEndingAt(t, k, PLAN);
      if (p != null) {
        int before = k - p.length - 1;
        return before < 0 || !t.get(before).word(MEASURED_AGAINST.toArray(String[]::new));
      }
    }
    return false;
  }
}
