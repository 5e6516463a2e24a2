package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tracuu.analysis.DocumentCodes;

/**
 * Finds the statistics a text reports, as records a researcher can filter and group. Each sentence goes through
 * stages: numbers and what they measure ({@link Quantities}), the bound around them ({@link Bounds}), the clause
 * that says what is measured ({@link Subjects}), the time and place ({@link Periods}, {@link Places}, from the
 * sentence, else its paragraph, else the document) and goals ({@link Goals}); a change ({@code tăng 12%}) or the
 * share of a plan ({@code đạt 103% chỉ tiêu}) said after a figure is put on that figure, not made a row of its own.
 * Never dates, years, document codes and their numbers, phone numbers, term numbers or page-chrome counters; no
 * row for a figure the text already stated ({@link Repeats}), none from exercise sheets ({@link Exercises}).
 */
public final class IndicatorExtractor {
  private static final Map<String[], String> CHANGE_WORDS = WordList.table("change-words.tsv");
  private static final java.util.Set<String> VAGUE = WordList.set("vague-subjects.txt");
  private static final java.util.Set<String> VALUE_OF = WordList.set("value-of.txt");

  private IndicatorExtractor() {}

  /** Every indicator in the text, in order, read with the context the text gives of itself. */
  public static List<Indicator> extract(String text) {
    return extract(text, DocumentContext.of(text));
  }

  /** Every indicator in the text, in order. Pass normalized text; offsets refer to it. */
  public static List<Indicator> extract(String text, DocumentContext doc) {
    List<Indicator> out = new ArrayList<>();
    if (Exercises.isExercise(text)) return out;
    Paragraph paragraph = new Paragraph();
    int previousEnd = 0;
    for (Sentences.Span span : Sentences.split(text)) {
      if (text.indexOf('\n', previousEnd) >= 0 && text.indexOf('\n', previousEnd) < span.start()) paragraph = new Paragraph();
      new SentenceReader(text, span, doc, paragraph, out).read();
      previousEnd = span.end();
    }
    return Repeats.firstOfEach(out);
  }

  /** What the earlier sentences of a paragraph said of time and place. */
  private static final class Paragraph {
    Period period;
    Place place;
  }

  /** One sentence's pass: the tokens, what they name, and the rows found so far. */
  private static final class SentenceReader {
    private final String text;
    private final Sentences.Span span;
    private final DocumentContext doc;
    private final Paragraph paragraph;
    private final List<Indicator> out;
    private final String s;
    private final List<Lexer.Tok> t;
    private final boolean[] excluded;
    private final boolean[] context;
    private final List<Periods.Mention> periods;
    private final List<Places.Mention> places;
    private final int first;
    private final boolean narrated;
    /** Token index of the first scope ("toàn tỉnh") or acting body ("Công an tỉnh"); -1 until a figure asks. */
    private int firstScope = -1;
    /** Token index after each figure of this sentence, in order, reported or not. */
    private final List<Integer> rowEnds = new ArrayList<>();
    /** Whether the last figure of {@link #rowEnds} was reported (is the last row of {@link #out}). */
    private boolean lastReported;

    SentenceReader(String text, Sentences.Span span, DocumentContext doc, Paragraph paragraph, List<Indicator> out) {
      this.text = text;
      this.span = span;
      this.doc = doc;
      this.paragraph = paragraph;
      this.out = out;
      this.s = text.substring(span.start(), span.end());
      this.t = Lexer.lex(s);
      this.excluded = excluded(s, t);
      String lower = s.toLowerCase(java.util.Locale.ROOT);
      this.periods = Periods.find(s, lower, doc.published());
      this.places = Places.find(s, lower, t, doc.province());
      this.context = new boolean[t.size()];
      for (int i = 0; i < t.size(); i++) {
        int a = t.get(i).start(), b = t.get(i).end();
        for (Periods.Mention m : periods) if (a >= m.start() && b <= m.end()) context[i] = true;
        for (Places.Mention m : places) if (a >= m.start() && b <= m.end()) context[i] = true;
      }
      this.first = out.size();
      this.narrated = Readability.narrated(t);
    }

    void read() {
      for (int i = 0; i < t.size(); i++) {
        if (excluded[i] || context[i]) continue;
        if (t.get(i).sym('(') && out.size() > first) {
          int close = Goals.targetBracket(t, i);
          if (close > 0) {
            for (int q = i + 1; q < close; q++) {
              Quantity target = t.get(q).kind() == Lexer.Kind.NUM ? Quantities.read(s, t, q) : null;
              if (target != null || t.get(q).kind() == Lexer.Kind.NUM) {
                double v = target != null ? target.value() : vn.tracuu.analysis.Numbers.parse(t.get(q).text());
                attachTarget(v, target != null ? target.percent() : q + 1 < t.size() && t.get(q + 1).sym('%'));
                break;
              }
            }
            rowEnds.set(rowEnds.size() - 1, close + 1); // the bracket belongs to the figure before it
            i = close;
            continue;
          }
        }
        Quantity q = Quantities.read(s, t, i);
        if (q == null) continue;
        i = row(i, q) - 1;
      }
      for (Periods.Mention m : periods) if (m.period() != null) paragraph.period = m.period();
      Place specific = mostSpecific(Integer.MAX_VALUE);
      if (specific != null) paragraph.place = specific;
    }

    /** Reads the figure of quantity q at token i; returns the token after what it used. */
    private int row(int i, Quantity q) {
      // "chỉ tiêu nghị quyết 95%" after a figure of the sentence: that figure's target
      if (out.size() > first && Goals.precededByTargetWords(t, i)) {
        attachTarget(q.value(), q.percent());
        return q.to();
      }
      Indicator last = lastRow();
      if (isConversion(i, q, last)) return q.to();
      if (q.percent()) {
        int said = i - Bounds.length(t, i); // the figure with its bound
        String plan = Goals.achievedBefore(t, said) ? Goals.planAfter(t, q.to()) : null;
        boolean afterTarget = last != null && last.target() != null && !"percent".equals(last.kind())
            && i > 0 && t.get(i - 1).word("đạt", "bằng", "vượt");
        // "vượt 4% kế hoạch": 104% of the plan reached
        boolean exceeded = said > 0 && t.get(said - 1).word("vượt");
        double reached = exceeded && plan != null ? 100 + q.value() : q.value();
        // "98,2% ..., vượt 3,2% so với chỉ tiêu": points above the target of a share, not a share of a plan reached
        if (exceeded && plan != null && last != null && "percent".equals(last.kind()) && joinsLast(i)) return q.to();
        if ((plan != null || afterTarget) && last != null && last.achieved() == null && joinsLast(i)) {
          out.set(out.size() - 1, last.withAchieved(reached));
          rowEnds.set(rowEnds.size() - 1, q.to());
          return q.to();
        }
        if (plan != null) {
          // "Giải ngân vốn đầu tư công mới đạt 45% kế hoạch": the share of the plan reached by what the clause names
          int floor = rowEnds.isEmpty() ? 0 : rowEnds.get(rowEnds.size() - 1);
          String before = Subjects.of(s, t, said, q, floor, context);
          boolean named = before != null && !before.isBlank() && !VAGUE.contains(before) && !before.startsWith("tỷ lệ");
          return add(i, i, q, named ? "tỷ lệ " + before : "tỷ lệ đạt " + plan, reached, null, q.to());
        }
        // "156/163 xã ..., đạt tỷ lệ 95,7%": the ratio's share said again
        if (last != null && "ratio".equals(last.kind()) && last.of() != null && last.of() > 0
            && Math.abs(q.value() - 100 * last.value() / last.of()) < 0.1) return q.to();
        // "3.120 hộ nghèo, chiếm 1,2% tổng số hộ": the share of the things just counted; after "61/68 xã", the
        // same share said again
        if (last != null && said > 0 && t.get(said - 1).word("chiếm") && joinsLast(i)
            && ("count".equals(last.kind()) || "ratio".equals(last.kind())) && last.subject() != null) {
          if ("ratio".equals(last.kind())) return q.to();
          return add(i, i, q, "tỷ lệ " + last.subject(), null, null, q.to());
        }
      }
      String direction = changeBefore(i);
      // "tăng từ 5,7% lên 5,8%": one figure, the later value, with the change between them
      if (i > 0 && t.get(i - 1).word("từ")) {
        int k = q.to();
        if (k < t.size() && t.get(k).word("lên", "xuống", "còn")) {
          k++;
          if (k < t.size() && t.get(k).word("còn")) k++;
          Quantity later = k < t.size() ? Quantities.read(s, t, k) : null;
          if (later != null && sameMeasure(q, later)) {
            double amount = round(Math.abs(later.value() - q.value()));
            String dir = direction != null ? direction : later.value() >= q.value() ? "up" : "down";
            String unit = later.percent() ? "điểm phần trăm" : later.unit();
            return add(i, k, later, null, null, new Change(dir, amount, unit, q.value()), later.to());
          }
        }
      }
      if (direction != null) {
        Change change = new Change(direction, q.value(), q.unit(), null);
        // "giảm gần 220 tỷ đồng so với cuối năm xuống mức 502 tỷ đồng", "giảm 58% so với cùng kỳ, đạt 824 tỷ
        // đồng": the figure is the value reached, the change goes on it
        int k = reachedAt(q.to());
        Quantity reached = k < 0 ? null : Quantities.read(s, t, k);
        if (reached != null && (q.percent() || sameMeasure(q, reached))) {
          return add(i, k, reached, null, null, change, reached.to());
        }
        if (last != null && last.change() == null && joinsLast(changeStart(i))) {
          out.set(out.size() - 1, last.withChange(change));
          rowEnds.set(rowEnds.size() - 1, q.to()); // the change is said of that figure: what follows it joins it too
          return q.to();
        }
        return add(i, i, q, null, null, change, q.to());
      }
      return add(i, i, q, null, null, null, q.to());
    }

    /**
     * Reports quantity q. Its clause is read before token i, where the figure's text starts; its number stands at
     * token {@code at} (after i when a change or a starting value comes first).
     */
    private int add(int i, int at, Quantity q, String subject, Double achieved, Change change, int end) {
      Bounds.Bound bound = Bounds.of(t, at, q.to());
      int to = end;
      if (bound != null && bound.qualifier().startsWith("từ ... trở") || bound != null && bound.qualifier().startsWith("trở")) to = q.to() + 2;
      int floor = rowEnds.isEmpty() ? 0 : rowEnds.get(rowEnds.size() - 1);
      String subj = subject != null ? subject : part(i, q);
      if (subj == null) subj = Subjects.of(s, t, i - Bounds.length(t, i), q, floor, context);
      if (subj == null) subj = bracketed(i, q, floor);
      if (subject == null) subj = coordinated(i, q, subj);
      // "63,2% năm 2015 và 65,7% năm 2016": a figure with no clause of its own continues the one before
      Indicator before = lastRow();
      if ((subj == null || VAGUE.contains(subj)) && before != null && q.kind().equals(before.kind())) subj = before.subject();
      // "xuất khẩu gạo đạt 9 triệu tấn, trị giá 5,7 tỷ USD": the value of the thing counted before
      if (subj != null && VALUE_OF.contains(subj) && before != null && before.subject() != null && !q.kind().equals(before.kind())) {
        subj = subj + " " + before.subject();
      }
      rowEnds.add(to);
      boolean limit = bound != null && ("atmost".equals(bound.bound()) || "atleast".equals(bound.bound()));
      boolean planned = Goals.planned(t, i);
      boolean related = limit || change != null || achieved != null || lastRow() != null || planned;
      if (firstScope < 0) firstScope = Math.min(Framing.firstScope(t), Framing.firstActor(t));
      boolean situated = !periods.isEmpty() || !places.isEmpty() || firstScope < i;
      lastReported = !narrated && Readability.reportable(q, subj, Readability.locatedAt(t, i - Bounds.length(t, i)))
          && Framing.framed(q, subj, situated, related);
      if (!lastReported) return to;
      int start = span.start() + t.get(i).start();
      int stop = span.start() + t.get(Math.max(i, Math.min(to, t.size()) - 1)).end();
      int numberAt = t.get(at).start();
      out.add(new Indicator(q.value(), q.valueTo(), q.of(), q.unit(), q.kind(), subj, Subjects.key(subj),
          period(numberAt), place(numberAt), null, achieved, bound == null ? null : bound.bound(),
          bound == null ? null : bound.qualifier(), change, planned, text.substring(start, stop), start,
          stop, s));
      return to;
    }

    /**
     * "Tỷ lệ lao động qua đào tạo đạt 70,5%, trong đó có bằng cấp, chứng chỉ đạt 28,2%": a share said of a part of
     * what the share before it measured is that share's subject narrowed by the words after "trong đó"; null when
     * the figure is no such part.
     */
    private String part(int i, Quantity q) {
      Indicator last = lastRow();
      if (!q.percent() || last == null || !"percent".equals(last.kind()) || last.subject() == null) return null;
      int k = rowEnds.get(rowEnds.size() - 1), end = i - Bounds.length(t, i);
      if (k < t.size() && t.get(k).sym(',')) k++;
      if (!(k + 1 < end && t.get(k).word("trong") && t.get(k + 1).word("đó"))) return null;
      k += 2;
      while (end > k && t.get(end - 1).word("đạt", "là", "chiếm", "có", "ở", "mức")) end--; // the link before the figure
      if (end <= k) return null;
      for (int w = k; w < end; w++) if (t.get(w).kind() == Lexer.Kind.NUM) return null;
      return last.subject() + " " + s.substring(t.get(k).start(), t.get(end - 1).end()).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The number a change leads to, after the change's amount ending at token k: "xuống (còn|mức) 502", "lên mức
     * 280", ", (chỉ) đạt 824", ", chỉ còn 209", past a comparison ("so với cùng kỳ") and dates; -1 when none follows.
     */
    private int reachedAt(int k) {
      if (k < t.size() && t.get(k).word("so") && k + 1 < t.size() && t.get(k + 1).word("với")) {
        k += 2;
        for (int words = 0; k < t.size() && words < REACH_WORDS; k++, words++) {
          Lexer.Tok w = t.get(k);
          if (w.kind() == Lexer.Kind.NUM && !excluded[k] && !context[k]) return -1;
          if (w.kind() == Lexer.Kind.SYM && !excluded[k] || w.word("xuống", "lên", "đạt", "còn", "chỉ")) break;
        }
      }
      if (k < t.size() && t.get(k).sym(',')) k++;
      if (k < t.size() && t.get(k).word("chỉ", "ước") && k + 1 < t.size() && t.get(k + 1).word("còn", "đạt")) k++;
      if (!(k < t.size() && t.get(k).word("xuống", "lên", "đạt", "còn"))) return -1;
      k++;
      if (k < t.size() && t.get(k).word("còn", "mức", "đến", "tới")) k++;
      if (k < t.size() && t.get(k).word("mức")) k++;
      int number = k;
      while (number < t.size() && number < k + 2 && t.get(number).kind() == Lexer.Kind.WORD) number++;
      if (number >= t.size() || t.get(number).kind() != Lexer.Kind.NUM || excluded[number] || context[number]) return -1;
      return number - Bounds.length(t, number) <= k ? number : -1; // only a bound between ("khoảng", "ước đạt")
    }

    /** Words of a comparison's base ("so với cùng kỳ năm 2023") between a change and what follows it. */
    private static final int COMPARISON_WORDS = 5;

    /** Words a comparison ("so với thời điểm 31/12/2016") may take before the value a change leads to. */
    private static final int REACH_WORDS = 8;

    /**
     * "65.300 đô la (gần 1,5 tỉ đồng)", "1,25 triệu Baht (tương đương 840 triệu đồng)": an amount right after one in
     * another currency, in brackets or after "tương đương", is that amount converted, not a figure of its own.
     */
    private boolean isConversion(int i, Quantity q, Indicator last) {
      if (!"money".equals(q.kind()) || last == null || !"money".equals(last.kind()) || q.unit().equals(last.unit())) return false;
      boolean said = false;
      for (int k = rowEnds.get(rowEnds.size() - 1); k < i - Bounds.length(t, i); k++) {
        Lexer.Tok w = t.get(k);
        if (w.sym('(') || w.word("tương", "đương")) said = true;
        else if (!w.sym(',') && !w.word("với", "khoảng", "là", "hay", "hoặc")) return false;
      }
      return said;
    }

    /** The row of the figure just before in this sentence, or null when there is none or it was not reported. */
    private Indicator lastRow() {
      return lastReported && out.size() > first ? out.get(out.size() - 1) : null;
    }

    /**
     * "kiểm tra 18.570 tổ chức đảng và 90.317 đảng viên", "khởi tố 312 vụ án với 540 bị can": a counted thing joined
     * to the figure before it by "và", "với" or a comma shares that figure's verb ("kiểm tra đảng viên").
     */
    private String coordinated(int i, Quantity q, String subj) {
      Indicator last = lastRow();
      if (subj == null || q.unit() == null || last == null || !subj.startsWith(q.unit())) return subj;
      int k = rowEnds.get(rowEnds.size() - 1), from = i - Bounds.length(t, i);
      // past the words the last figure's subject took after its unit ("9 vụ án, 64 bị can")
      while (k < from && last.subject() != null && t.get(k).kind() == Lexer.Kind.WORD
          && (" " + last.subject() + " ").contains(" " + t.get(k).text() + " ")) k++;
      if (k >= from || from - k > 1 || !(t.get(k).sym(',') || t.get(k).word("và", "với"))) return subj;
      // "tổ chức 12 hội nghị với hơn 3.600 lượt người tham dự": after "với", a count with a clause of its own
      if (t.get(k).word("với") && !subj.equals(q.unit())) return subj;
      if (last.subject() == null || last.unit() == null || !"count".equals(last.kind())) return subj;
      int at = last.subject().indexOf(" " + last.unit());
      return at > 0 ? last.subject().substring(0, at) + " " + subj : subj;
    }

    /**
     * The subject of a figure in brackets with none of its own: "giảm 9 đơn vị (34,6%)" is the figure before it
     * as a share; "đạt mức tăng trưởng khá (6,21%)" is what stands before the bracket.
     */
    private String bracketed(int i, Quantity q, int floor) {
      int b = i - Bounds.length(t, i) - 1;
      for (int back = 0; back < 3 && b >= 0 && t.get(b).kind() == Lexer.Kind.WORD; back++) b--;
      if (b < 0 || !t.get(b).sym('(')) return null;
      if (lastRow() != null) {
        // "giảm 9 đầu mối phòng, ban (11,8%)": only the words of the figure before stand between it and the bracket
        int k = rowEnds.get(rowEnds.size() - 1);
        while (k < b && b - k <= 3 && (t.get(k).kind() == Lexer.Kind.WORD || t.get(k).sym(','))) k++;
        if (k >= b) return lastRow().subject();
      }
      return Subjects.of(s, t, b, q, floor, context);
    }

    /** The direction of a change said right before the number ("tăng 12%", "giảm hơn 15 vụ"), or null. */
    private String changeBefore(int i) {
      int k = i - Bounds.length(t, i);
      if (k >= 2 && t.get(k - 1).word("đến", "tới") && t.get(k - 2).word("tăng", "giảm")) k--; // "giảm đến 58%": by as much as
      for (int back = 0; back < 3 && k > 0; back++, k--) {
        Lexer.Tok w = t.get(k - 1);
        if (w.kind() != Lexer.Kind.WORD || w.word("còn", "xuống", "lên", "đến", "tới")) return null;
        for (var e : CHANGE_WORDS.entrySet()) {
          if (WordList.endsAt(t, k, e.getKey()) && !(k < t.size() && t.get(k).word("trưởng"))) return e.getValue();
        }
      }
      return null;
    }

    private int changeStart(int i) {
      int k = i - Bounds.length(t, i);
      while (k > 0 && t.get(k - 1).kind() == Lexer.Kind.WORD && !t.get(k - 1).word("tăng", "giảm")) k--;
      return Math.max(0, k - 1);
    }

    /**
     * Whether token i goes on the clause of the last figure of the sentence: after the words of that clause
     * ("1.245 đảng viên mới"), only commas and joining words stand between.
     */
    private boolean joinsLast(int i) {
      if (rowEnds.isEmpty()) return false;
      int k = rowEnds.get(rowEnds.size() - 1);
      while (k < i && t.get(k).kind() == Lexer.Kind.WORD && !t.get(k).word("tăng", "giảm", "đạt", "bằng", "vượt", "so")) k++;
      for (; k < i; k++) {
        Lexer.Tok w = t.get(k);
        // "tăng 15% so với năm 2023 và đạt 105% kế hoạch": the base of a comparison goes with the change before it
        if (w.word("so") && k + 1 < i && t.get(k + 1).word("với")) {
          int end = k + 2;
          while (end < i && end < k + 2 + COMPARISON_WORDS && !t.get(end).sym(',') && !t.get(end).word("và", "đạt", "bằng", "vượt", "chiếm")) end++;
          if (end < i && end < k + 2 + COMPARISON_WORDS) {
            k = end - 1;
            continue;
          }
        }
        if (w.sym(',') || w.sym(';') || w.sym('(') || w.sym(')') || w.word("và", "đồng", "thời", "tức", "là", "đạt", "bằng", "vượt", "chiếm")) continue;
        if (k < i - 3) return false;
        if (!(w.word("tăng", "giảm", "thêm", "bớt", "hơn", "khoảng", "gần", "được", "lên", "so", "với"))) return false;
      }
      return true;
    }

    private void attachTarget(double target, boolean percent) {
      for (int k = out.size() - 1; k >= first; k--) {
        Indicator x = out.get(k);
        if ("percent".equals(x.kind()) == percent && x.target() == null) {
          out.set(k, x.withTarget(target));
          return;
        }
      }
    }

    /** The period nearest before the number in the sentence, else the first after it, else the paragraph's. */
    private Period period(int at) {
      Period best = null;
      for (Periods.Mention m : periods) {
        if (m.period() == null) continue;
        if (m.start() < at) best = m.period();
        else if (best == null) return m.period();
      }
      return best != null ? best : paragraph.period;
    }

    private Place place(int at) {
      Place p = mostSpecific(at);
      if (p != null) return p;
      if (paragraph.place != null) return paragraph.place;
      return doc.province() == null ? null : new Place(doc.province(), "tỉnh", null, doc.province());
    }

    /** The most specific place of the sentence; of equals, the nearest before {@code at}. */
    private Place mostSpecific(int at) {
      Places.Mention best = null;
      for (Places.Mention m : places) {
        if (best == null || Places.rank(m.place()) < Places.rank(best.place())
            || Places.rank(m.place()) == Places.rank(best.place()) && m.start() < at && best.start() < m.start()) best = m;
      }
      return best == null ? null : best.place();
    }
  }

  /**
   * Whether {@code later} measures what {@code q} does: the same kind, or a rate in q's unit ("tăng thêm 280.000
   * đồng, lên 4.960.000 đồng/tháng", "từ 32 triệu đồng lên 48 triệu đồng/người/năm").
   */
  private static boolean sameMeasure(Quantity q, Quantity later) {
    return later.kind().equals(q.kind()) || q.unit() != null && later.unit() != null && later.unit().startsWith(q.unit() + "/");
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** Tokens that are parts of dates, codes, times and phone numbers. */
  private static boolean[] excluded(String s, List<Lexer.Tok> t) {
    boolean[] ex = new boolean[t.size()];
    char[] c = s.toCharArray();
    List<int[]> spans = new ArrayList<>();
    for (Lexer.Tok k : t) {
      if (k.kind() != Lexer.Kind.NUM) continue;
      int end = DocumentCodes.scan(c, k.start(), c.length);
      if (end > 0) spans.add(new int[] {k.start(), end});
    }
    if (hasDigitSeparatorDigit(c)) for (var m = Dates.NUMERIC.matcher(s); m.find(); ) spans.add(new int[] {m.start(), m.end()});
    if (s.contains("gày")) for (var m = Dates.WORDS.matcher(s); m.find(); ) spans.add(new int[] {m.start(), m.end()});
    for (int i = 0; i + 2 < t.size(); i++) {
      if (t.get(i).kind() == Lexer.Kind.NUM && t.get(i + 1).sym(':') && t.get(i + 2).kind() == Lexer.Kind.NUM
          && !t.get(i + 2).spaceBefore()) {
        ex[i] = ex[i + 2] = true; // 17:47
      }
    }
    for (int i = 0; i < t.size(); i++) {
      for (int[] sp : spans) if (t.get(i).start() >= sp[0] && t.get(i).end() <= sp[1]) ex[i] = true;
    }
    if (s.indexOf('=') >= 0 && isCalculation(t)) for (int i = 0; i < t.size(); i++) if (t.get(i).kind() == Lexer.Kind.NUM) ex[i] = true;
    return ex;
  }

  /**
   * "Giá trị ký quỹ = 700 x 100.000 x 1 x 10%": a worked calculation shows how a figure is computed; its operands
   * are no statistics. An equals sign and a multiplication between two numbers make one.
   */
  private static boolean isCalculation(List<Lexer.Tok> t) {
    boolean equals = false, times = false;
    for (int i = 1; i + 1 < t.size(); i++) {
      Lexer.Tok k = t.get(i);
      if (k.sym('=')) equals = true;
      boolean operands = t.get(i - 1).kind() == Lexer.Kind.NUM || t.get(i - 1).sym(')') || t.get(i - 1).sym('%');
      if ((k.word("x") || k.sym('×') || k.sym('*')) && operands && t.get(i + 1).kind() == Lexer.Kind.NUM) times = true;
    }
    return equals && times;
  }

  /** A cheap test before the date regex: a digit, a separator of dates, a digit. */
  private static boolean hasDigitSeparatorDigit(char[] c) {
    for (int i = 1; i + 1 < c.length; i++) {
      char x = c[i];
      if ((x == '/' || x == '-' || x == '.')
          && (Character.isDigit(c[i - 1]) || (c[i - 1] == ' ' && i >= 2 && Character.isDigit(c[i - 2])))) return true;
    }
    return false;
  }
}
