package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clause stage: what a figure measures, from the structure of its clause. The words before the number up to
 * the clause's start, without the place and time of the figure, its bound and the verb that joins it; then by
 * that verb:
 * <ul>
 *   <li>a linking verb ({@code là}, {@code đạt}, {@code tăng}): what stands before it is the subject
 *       ({@code tỷ lệ thôn có chi bộ đạt 98%});
 *   <li>a verb of having ({@code có}, {@code gồm}): the counted thing and what follows it
 *       ({@code huyện có 8/8 xã đạt chuẩn} → {@code xã đạt chuẩn});
 *   <li>any other verb: the verb and the counted thing ({@code kết nạp 1.245 đảng viên mới} →
 *       {@code kết nạp đảng viên mới}).
 * </ul>
 * A percent with nothing before it measures a share: {@code 70% số hộ dân ...} → {@code tỷ lệ số hộ dân ...}.
 */
final class Subjects {
  private static final List<String[]> LINKING = WordList.phrases("linking-words.txt");
  private static final List<String[]> POSSESSION = WordList.phrases("possession-words.txt");
  private static final List<String[]> SCOPE = WordList.phrases("scope-phrases.txt");
  private static final List<String[]> ACTORS = WordList.phrases("actors.txt");
  private static final List<String[]> PLAN = WordList.phrases("plan-words.txt");
  private static final List<String[]> ASPECT = WordList.phrases("aspect-words.txt");
  private static final List<String[]> TRIM = WordList.phrases("subject-trim.txt");
  private static final List<String[]> UNITS = WordList.phrases("units.txt");
  private static final List<String[]> OPENERS = WordList.phrases("clause-openers.txt");
  private static final List<String[]> NEAR_OPENERS = WordList.phrases("near-openers.txt");
  private static final List<String[]> MEASURES = WordList.phrases("measure-nouns.txt");
  private static final Set<String> HONORIFICS = WordList.set("honorifics.txt");
  private static final Set<String> AFTER_STOPS = WordList.set("after-stops.txt");
  private static final Set<String> KEY_STOP = WordList.set("key-stopwords.txt");
  private static final Set<String> FUNCTION = WordList.set("function-words.txt");
  private static final int MAX_WORDS = 16;
  private static final int MAX_AFTER = 10;
  private static final List<String[]> SHARE_BASES = WordList.phrases("share-bases.txt");
  private static final List<String[]> SCOPE_TERMS = WordList.phrases("scope-terms.txt");
  private static final List<String[]> CAUSES = WordList.phrases("cause-words.txt");
  private static final List<String[]> REPORTING = WordList.phrases("report-verbs.txt");

  private enum Join { LINK, HAVE, VERB }

  private Subjects() {}

  /**
   * The subject of the quantity at tokens [numberFrom, q.to()).
   *
   * @param floor the first token the clause may reach back to (after the previous figure of the sentence)
   * @param context tokens that name the figure's time or place: left out of its subject
   */
  static String of(String s, List<Lexer.Tok> t, int numberFrom, Quantity q, int floor, boolean[] context) {
    List<Integer> pre = new ArrayList<>();
    int k = numberFrom - 1;
    for (; k >= floor; k--) {
      Lexer.Tok tok = t.get(k);
      if (context[k]) continue;
      if (tok.kind() == Lexer.Kind.SYM) {
        if (tok.sym(',') && insideCommaUnit(t, k)) {
          pre.add(k);
          continue;
        }
        // "chỉ số VN-Index": a hyphen written between two words joins them
        if (tok.sym('-') && !tok.spaceBefore() && k + 1 < t.size() && !t.get(k + 1).spaceBefore() && k - 1 >= floor
            && (t.get(k - 1).kind() == Lexer.Kind.WORD || isNamePart(s, t, k - 1)) && t.get(k + 1).kind() == Lexer.Kind.WORD) {
          pre.add(k);
          continue;
        }
        // "tốc độ tăng trưởng kinh tế (GRDP) của tỉnh": a short name in brackets belongs to the words before it
        int open = bracketedName(t, k, floor);
        if (open >= 0) {
          for (int b = k - 1; b > open; b--) pre.add(b);
          k = open;
          continue;
        }
        break;
      }
      // "trẻ em dưới 5 tuổi suy dinh dưỡng": an age is part of who is counted
      if (tok.kind() == Lexer.Kind.NUM && k + 1 < t.size() && t.get(k + 1).word("tuổi") && pre.size() > 1) {
        pre.add(k);
        continue;
      }
      if (tok.kind() == Lexer.Kind.NUM && !isNamePart(s, t, k)) break;
      pre.add(k);
    }
    java.util.Collections.reverse(pre);
    cutThroughConjunction(t, pre, floor);
    removePhrases(t, pre, SCOPE);
    cutThroughLast(t, pre, OPENERS, context, pre.size());
    cutThroughLast(t, pre, NEAR_OPENERS, context, 3);
    cutThroughName(s, t, pre);
    Join join = Join.VERB;
    String[] link = null;
    // "ước đạt", "ước tính" is the figure's bound and its link at once: what stands before is the subject
    if (numberFrom + 1 < t.size() && t.get(numberFrom).word("ước") && t.get(numberFrom + 1).word("đạt", "tính")) {
      join = Join.LINK;
      link = new String[] {"đạt"};
    }
    // the end of the clause before the number: bound, change and linking words, "từ" of a range
    for (boolean trimmed = true; trimmed && !pre.isEmpty(); ) {
      trimmed = false;
      String[] p;
      if ((p = endPhrase(t, pre, POSSESSION)) != null) {
        join = Join.HAVE;
      } else if ((p = endPhrase(t, pre, LINKING)) != null) {
        if (join == Join.VERB) link = p;
        join = join == Join.VERB ? Join.LINK : join;
      } else if ((p = endPhrase(t, pre, Bounds.PHRASES)) != null) {
        if (Bounds.namesMeasure(t, pre.get(pre.size() - 1) + 1, p)) break;
        // "tốc độ tối đa": once "tối đa" is off, "độ" ends the word "tốc độ" and is no bound
        if (p.length == 1 && pre.size() > 1 && pre.get(pre.size() - 2) == pre.get(pre.size() - 1) - 1
            && startsCompound(t, pre.get(pre.size() - 2))) break;
      } else if ((p = endPhrase(t, pre, CAUSES)) != null && !endsCompound(t, pre)) { // not "việc làm"
        pre.clear(); // "vụ tai nạn khiến (2 người tử vong)": the cause is no part of what is counted
        break;
      } else if ((p = endPhrase(t, pre, TRIM)) == null || p.length == 1 && endsCompound(t, pre)) {
        break; // "thu hồi", "phát hiện": the last syllable of a word is no leftover
      }
      for (int w = 0; w < p.length; w++) pre.remove(pre.size() - 1);
      trimmed = true;
      if (join == Join.HAVE) break;
    }
    measureFirst(s, t, pre);
    boolean count = q.unitFrom() >= 0 && (q.kind().equals("count") || q.kind().equals("ratio"));
    boolean measured = !pre.isEmpty() && WordList.longestAt(t, pre.get(0), MEASURES) != null;
    // "Tổng số biên chế toàn TP có 137.000 người": what stands before names the measure
    if (join == Join.HAVE && measured && count) join = Join.LINK;
    // "công suất 550 mã lực": a measure other than a number of things is named by its noun, not by its unit
    String[] measure = measured ? WordList.longestAt(t, pre.get(0), MEASURES) : null;
    if (join == Join.VERB && measured && count && !counts(measure)) join = Join.LINK;
    if (join == Join.VERB) {
      cutAfterLast(t, pre, ASPECT);
      cutAfterLast(t, pre, PLAN);
      String[] actor = WordList.longestAt(t, pre.isEmpty() ? 0 : pre.get(0), ACTORS);
      if (actor != null && !pre.isEmpty() && pre.size() > actor.length) for (int w = 0; w < actor.length; w++) pre.remove(0);
    } else {
      cutAfterLast(t, pre, PLAN);
    }
    // "toàn TP đã giảm được 55 phòng, ban": before a counted thing, the linking word is the verb and what
    // stands before it is the actor
    if (join == Join.LINK && count && !measured && link != null && CHANGE_VERBS.contains(link[0])) {
      pre.clear();
      int verb = numberFrom - Bounds.length(t, numberFrom) - 1;
      while (verb >= 0 && !t.get(verb).word(link[0])) verb--;
      if (verb >= 0) pre.add(-2 - verb); // kept as written: trimming would take "giảm" off
      join = Join.VERB;
    }
    trim(t, pre);
    // "Xăng RON 92: giảm 211 đồng/lít": the label before the colon
    if (pre.isEmpty() && k >= 0 && t.get(k).sym(':')) {
      for (int b = k - 1; b >= floor && (t.get(b).kind() == Lexer.Kind.WORD || isNamePart(s, t, b)); b--) pre.add(0, b);
      trim(t, pre);
      if (!pre.isEmpty()) join = Join.LINK;
    }
    // "dự kiến", "Tỉnh ủy": a plan word or an actor alone says nothing of what is measured
    if (isOnly(t, pre, PLAN) || isOnly(t, pre, ACTORS)) pre.clear();
    List<Integer> words = new ArrayList<>();
    if (join == Join.LINK && !pre.isEmpty()) {
      // "tỷ lệ lạm phát được kiểm soát (ở mức dưới 4%)": after a measure noun, a passive clause says how, not what
      boolean how = link != null && (link[0].equals("ở") || link[0].equals("tại") || link[0].equals("dao"));
      if (measured && how) for (int a = 1; a < pre.size(); a++) if (pre.get(a) >= 0 && t.get(pre.get(a)).word("được")) {
        pre.subList(a, pre.size()).clear();
        break;
      }
      // "Công ty báo lãi sau thuế (đạt 215 tỷ đồng)": who reports and the verb, before a measure noun
      for (int a = 0; a < Math.min(pre.size(), 4); a++) {
        String[] verb = pre.get(a) >= 0 ? WordList.longestAt(t, pre.get(a), REPORTING) : null;
        if (verb != null && a + verb.length < pre.size() && WordList.longestAt(t, pre.get(a + verb.length), MEASURES) != null) {
          pre.subList(0, a + verb.length).clear();
          break;
        }
      }
      // "đảng viên nữ chiếm 34%": the share of what stands before
      if (q.percent() && link != null && link[0].equals("chiếm") && !measured) pre.add(0, -1);
      words.addAll(pre);
    } else {
      if (join == Join.VERB) words.addAll(pre);
      if (count) for (int u = q.unitFrom(); u < q.to(); u++) words.add(u);
      // "72% là đồng bào dân tộc thiểu số": the share of what follows "là"
      int from = q.percent() && q.to() < t.size() && t.get(q.to()).word("là") ? q.to() + 1 : q.to();
      List<Integer> after = after(t, from, context, q.unit());
      // "bội chi ngân sách không quá 3,8% GDP": the base of the share, when the words before say what it measures
      if (q.percent() && join == Join.VERB && !pre.isEmpty() && !after.isEmpty() && WordList.longestAt(t, after.get(0), SHARE_BASES) != null) {
        after.clear();
      }
      words.addAll(after);
      // "tỷ lệ" before what the share is of, unless the words already name it ("61% Tỷ lệ giao bóng")
      if (q.percent() && (join != Join.VERB || pre.isEmpty()) && !after.isEmpty()
          && !(t.get(after.get(0)).word("tỷ", "tỉ") && after.size() > 1 && t.get(after.get(1)).word("lệ"))) words.add(0, -1);
    }
    trim(t, words);
    // "số lượt khách đến tham quan bảo tàng tăng gần gấp đôi ..., đạt 320.000 lượt": after a comma, a figure with
    // only its link and its unit measures what the clause opened with
    if (pre.isEmpty() && (link != null || q.percent() && numberFrom < t.size() && t.get(numberFrom).kind() == Lexer.Kind.WORD)
        && k >= 0 && k >= floor && t.get(k).sym(',')
        && words.stream().allMatch(w -> w >= q.unitFrom() && w < q.to())) {
      List<Integer> head = clauseHead(t, floor, k, context);
      if (!head.isEmpty()) {
        words.clear();
        words.addAll(head);
      }
    }
    // "Tỷ lệ học sinh tốt nghiệp đạt khá cao với 97,6%": nothing after the figure, so what came before
    if (words.isEmpty() && !pre.isEmpty()) words.addAll(pre);
    if (words.size() > MAX_WORDS) words = words.subList(words.size() - MAX_WORDS, words.size());
    if (words.stream().noneMatch(w -> w < 0 || !FUNCTION.contains(t.get(w).text()))) {
      return count ? q.unit() : null;
    }
    if (startsWithName(s, t, words)) return STORY;
    dropActorAcronym(s, t, words, numberFrom);
    // "gần 32 tỷ đồng so với con số lãi 106 tỷ đồng": the figure a change is measured against, said again
    if (words.size() > 1 && words.get(0) >= 0 && t.get(words.get(0)).word("so") && t.get(words.get(0) + 1).word("với")) return STORY;
    return text(s, t, words);
  }

  private static final Set<String> MEASURE_ACRONYMS = WordList.set("measure-acronyms.txt");

  /**
   * "HAGL ghi nhận doanh thu", "HAG vẫn chịu mức lỗ thuần": an acronym that opens a clause of lower-case words
   * names who reports the figure, not what it measures (that is the place or the source); acronyms of measures
   * ({@code lists/measure-acronyms.txt}: GRDP, CPI, FDI) stay.
   */
  private static void dropActorAcronym(String s, List<Lexer.Tok> t, List<Integer> words, int numberFrom) {
    // before the number: after it, an acronym is the counted thing ("578 DN chưa niêm yết")
    if (words.size() < 3 || words.get(0) < 0 || words.get(0) > numberFrom || words.get(1) != words.get(0) + 1) return;
    Lexer.Tok first = t.get(words.get(0)), next = t.get(words.get(1));
    String raw = s.substring(first.start(), first.end());
    boolean acronym = raw.length() >= 2 && first.kind() == Lexer.Kind.WORD && raw.equals(raw.toUpperCase(Locale.ROOT))
        && !MEASURE_ACRONYMS.contains(first.text());
    if (!acronym || next.kind() != Lexer.Kind.WORD || !Character.isLowerCase(s.charAt(next.start()))) return;
    words.remove(0);
    trim(t, words);
  }

  /** The subject of a figure in a story about someone: no subject, and no other figure's either. */
  static final String STORY = "";

  /**
   * "Man City được cho là sẵn sàng trả", "Mona Lisa ngốn", "Mẫu Sơn rét": a subject that starts with a name of
   * several capitalized words, or with one that is no Vietnamese word ("Google", "Jackpot"), is the rest of a
   * story about someone or somewhere, not a measure. A capital followed by small words starts a heading or a
   * sentence ("Chi phí hằng năm: ..."); acronyms ("UBND", "GRDP") are not names here.
   */
  private static boolean startsWithName(String s, List<Lexer.Tok> t, List<Integer> words) {
    if (words.isEmpty() || words.get(0) < 0) return false;
    int w = words.get(0);
    if (!Quantities.isTitlecase(s, t.get(w))) return false;
    boolean several = words.size() > 1 && words.get(1) == w + 1 && Quantities.isTitlecase(s, t.get(w + 1));
    return several || Words.longestAt(t, w, 1) == w;
  }

  /** The key of a subject: its content words, lower-cased and sorted, without {@code lists/key-stopwords.txt}. */
  static String key(String subject) {
    if (subject == null) return null;
    TreeSet<String> words = new TreeSet<>();
    for (String w : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (!w.isEmpty() && !KEY_STOP.contains(w)) words.add(w);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** The words from the first measure noun in [floor, end) to the verb that follows it ("số lượt khách ... tăng"). */
  private static List<Integer> clauseHead(List<Lexer.Tok> t, int floor, int end, boolean[] context) {
    List<Integer> head = new ArrayList<>();
    for (int m = Math.max(0, floor); m < end; m++) {
      if (context[m] || t.get(m).kind() != Lexer.Kind.WORD || WordList.longestAt(t, m, MEASURES) == null) continue;
      for (int h = m; h < end && t.get(h).kind() == Lexer.Kind.WORD && !context[h]; h++) {
        if (h > m && (WordList.longestAt(t, h, LINKING) != null || t.get(h).word("so")
            || t.get(h).word("cao", "thấp") && h + 1 < end && t.get(h + 1).word("nhất", "hơn"))) break;
        head.add(h);
      }
      trim(t, head);
      return head;
    }
    return head;
  }

  /** The index of the '(' of "(GRDP)", "(FDI)" when token k closes a bracket of one to three words, else -1. */
  private static int bracketedName(List<Lexer.Tok> t, int k, int floor) {
    if (!t.get(k).sym(')')) return -1;
    for (int b = k - 1; b >= floor && b >= k - 4; b--) {
      if (t.get(b).sym('(')) return b < k - 1 && b > floor ? b : -1;
      if (t.get(b).kind() != Lexer.Kind.WORD) return -1;
    }
    return -1;
  }

  /** Words after the counted thing that still tell what it is: "(đảng viên) mới", "(xã) đạt chuẩn nông thôn mới". */
  private static List<Integer> after(List<Lexer.Tok> t, int from, boolean[] context, String unit) {
    List<Integer> out = new ArrayList<>();
    for (int k = from; k < t.size() && out.size() < MAX_AFTER; k++) {
      Lexer.Tok tok = t.get(k);
      // a stop word that starts a word of its own goes on: "(xã đạt chuẩn nông thôn mới) nâng cao", "tăng trưởng"
      boolean stop = AFTER_STOPS.contains(tok.text()) && !(tok.word("nâng", "tăng", "giảm") && startsCompound(t, k));
      // "(100% thôn, bản) trên địa bàn (đã có điện)": the scope says where, the clause goes on after it
      String[] scope = WordList.longestAt(t, k, SCOPE);
      if (scope != null && !out.isEmpty()) {
        k += scope.length - 1;
        continue;
      }
      // "(95%) cán bộ, đảng viên", "(100%) thôn, bản": another counted unit listed after a comma
      String[] listed = tok.sym(',') && out.size() <= 3 && k + 1 < t.size() ? WordList.longestAt(t, k + 1, UNITS) : null;
      // (units of people and bodies both: "23-27 độ C, ban đêm" lists nothing)
      if (listed != null && Framing.isInstitution(String.join(" ", listed)) && (Framing.isInstitution(unit) || "%".equals(unit))) {
        for (int w = k; w <= k + listed.length; w++) out.add(w);
        k += listed.length;
        continue;
      }
      if (context[k] || tok.kind() != Lexer.Kind.WORD || stop) break;
      if (tok.word("và") && numberAhead(t, k + 1)) break;
      // "10 phường với tổng diện tích 7,73 km2": another measure begins
      if (tok.word("với", "có") && WordList.longestAt(t, k + 1, MEASURES) != null) break;
      out.add(k);
    }
    return out;
  }

  /**
   * "thu hồi 8,6 nghìn ha đất và truy thu nộp ngân sách 34 tỷ đồng": a clause after "và" that holds a number
   * belongs to that number's figure.
   */
  private static boolean numberAhead(List<Lexer.Tok> t, int from) {
    for (int k = from; k < t.size() && k < from + MAX_AFTER; k++) {
      if (t.get(k).kind() == Lexer.Kind.NUM) return true;
      if (t.get(k).kind() == Lexer.Kind.SYM) return false;
    }
    return false;
  }

  /**
   * "ha đất và truy thu (34 tỷ đồng)": after an earlier figure of the sentence, what precedes the first "và" still
   * belongs to that figure.
   */
  private static void cutThroughConjunction(List<Lexer.Tok> t, List<Integer> pre, int floor) {
    if (floor == 0 || pre.isEmpty() || pre.get(0) != floor) return;
    for (int a = 0; a < pre.size(); a++) {
      if (t.get(pre.get(a)).word("và")) {
        pre.subList(0, a + 1).clear();
        return;
      }
    }
  }

  /**
   * "ao có diện tích (50 m2)" → "diện tích ao", "Cát Linh - Hà Đông có tổng chiều dài (13km)" → "tổng chiều dài":
   * a measure noun after "có" or "với" names what is measured; a short common noun before it says of what, a
   * name before it is left out (the place of a figure is its own field).
   */
  private static void measureFirst(String s, List<Lexer.Tok> t, List<Integer> pre) {
    for (int a = pre.size() - 2; a >= 0; a--) {
      Lexer.Tok w = t.get(pre.get(a));
      if (!w.word("có", "với") || pre.get(a + 1) != pre.get(a) + 1 || WordList.longestAt(t, pre.get(a + 1), MEASURES) == null) continue;
      List<Integer> owner = new ArrayList<>(pre.subList(0, a));
      List<Integer> measure = new ArrayList<>(pre.subList(a + 1, pre.size()));
      // any capital starts a name, but for a sentence's first word that is a Vietnamese word ("Hồ", not "Google")
      boolean named = owner.stream().anyMatch(o -> Character.isUpperCase(s.charAt(t.get(o).start()))
          && (o > 0 || Words.longestAt(t, o, 1) == o));
      boolean common = !owner.isEmpty() && owner.size() <= 3 && !named && contiguous(owner, 0, owner.size())
          && owner.stream().allMatch(o -> t.get(o).kind() == Lexer.Kind.WORD && !FUNCTION.contains(t.get(o).text()));
      // a longer clause without a name stays as written before a number of things: "bắt giữ tàu chở dầu với số
      // lượng"; before another measure, the measure is the subject: "đưa vào sử dụng 3 bệnh viện với tổng quy mô"
      String[] measureWords = WordList.longestAt(t, pre.get(a + 1), MEASURES);
      boolean counting = counts(measureWords);
      if (!common && !named && !owner.isEmpty() && counting) return;
      pre.clear();
      pre.addAll(measure);
      if (common) pre.addAll(owner);
      return;
    }
  }

  /** Whether the last two words of pre are one dictionary word ("thu hồi"). */
  private static boolean endsCompound(List<Lexer.Tok> t, List<Integer> pre) {
    int n = pre.size();
    return n > 1 && pre.get(n - 1) >= 0 && pre.get(n - 2) == pre.get(n - 1) - 1 && startsCompound(t, pre.get(n - 2))
        && !(FUNCTION.contains(t.get(pre.get(n - 2)).text()) && FUNCTION.contains(t.get(pre.get(n - 1)).text())); // "cũng đã"
  }

  /** Whether the word at k and the next make a dictionary word ("chỉ số", "tăng trưởng", "xã hội"). */
  private static boolean startsCompound(List<Lexer.Tok> t, int k) {
    return k + 1 < t.size() && t.get(k).kind() == Lexer.Kind.WORD && Words.longestAt(t, k, 2) == k + 2;
  }

  /** "RON 95", "vùng I", "5G": a number that is part of a name, after a word in capitals or with letters on it. */
  private static boolean isNamePart(String s, List<Lexer.Tok> t, int k) {
    if (t.get(k).kind() != Lexer.Kind.NUM) return false;
    if (Quantities.namesTechnology(s, t, k)) return true;
    if (k == 0 || t.get(k - 1).kind() != Lexer.Kind.WORD) return false;
    String prev = s.substring(t.get(k - 1).start(), t.get(k - 1).end());
    // "RON 92", and "E5" written as one word
    return (prev.length() >= 2 || !t.get(k).spaceBefore()) && prev.equals(prev.toUpperCase(Locale.ROOT));
  }

  private static final List<String[]> COMMA_PHRASES = WordList.phrases("comma-phrases.txt");

  /** Whether the comma at index {@code comma} is inside a unit or a phrase of {@code lists/comma-phrases.txt}. */
  private static boolean insideCommaUnit(List<Lexer.Tok> t, int comma) {
    for (List<String[]> list : List.of(UNITS, COMMA_PHRASES)) {
      for (String[] u : list) {
        for (int c = 0; c < u.length; c++) {
          if (u[c].equals(",") && comma - c >= 0 && WordList.at(t, comma - c, u)) return true;
        }
      }
    }
    return false;
  }

  private static String[] endPhrase(List<Lexer.Tok> t, List<Integer> pre, List<String[]> list) {
    for (String[] p : list) {
      if (p.length > pre.size()) continue;
      boolean ok = true;
      for (int w = 0; w < p.length && ok; w++) {
        Lexer.Tok tok = t.get(pre.get(pre.size() - p.length + w));
        ok = p[w].equals(",") ? tok.sym(',') : tok.word(p[w]);
      }
      if (ok) return p;
    }
    return null;
  }

  private static void removePhrases(List<Lexer.Tok> t, List<Integer> pre, List<String[]> list) {
    for (int a = 0; a < pre.size(); a++) {
      for (String[] p : list) {
        if (a + p.length <= pre.size() && contiguous(pre, a, p.length) && WordList.at(t, pre.get(a), p)
            && !startsCompound(t, pre.get(a) + p.length - 1) // "toàn xã hội" is no "toàn xã"
            && WordList.longestEndingAt(t, pre.get(a) + p.length, SCOPE_TERMS) == null) {
          for (int w = 0; w < p.length; w++) pre.remove(a);
          a--;
          break;
        }
      }
    }
  }

  private static boolean contiguous(List<Integer> pre, int a, int n) {
    for (int w = 1; w < n; w++) if (pre.get(a + w) != pre.get(a) + w) return false;
    return true;
  }

  private static final Set<String> CHANGE_VERBS = Set.of("tăng", "giảm");
  /** First words of the measure nouns that count things ("số", "tổng số", "số lượng"): the unit says what. */
  private static final Set<String> COUNTING = WordList.set("counting-nouns.txt");

  /** Whether a measure noun counts things ("số", "tổng số", "số lượng"), not "tổng quy mô" or "sản lượng". */
  private static boolean counts(String[] measure) {
    return COUNTING.contains(measure[0]) && (measure.length == 1 || COUNTING.contains(measure[measure.length - 1]));
  }

  private static boolean isOnly(List<Lexer.Tok> t, List<Integer> pre, List<String[]> list) {
    if (pre.isEmpty()) return false;
    String[] p = WordList.longestAt(t, pre.get(0), list);
    return p != null && p.length == pre.size() && contiguous(pre, 0, p.length);
  }

  /**
   * Drops the last phrase of the list and what stands before it: "nếu toàn bộ (193 nghị sĩ)" → "". A phrase
   * whose object is the figure's place or time ("ở xã Phong Phú") opens no clause.
   */
  private static void cutThroughLast(List<Lexer.Tok> t, List<Integer> pre, List<String[]> list, boolean[] context, int within) {
    for (int a = pre.size() - 1; a >= Math.max(0, pre.size() - within); a--) {
      for (String[] p : list) {
        int after = pre.get(a) + p.length;
        if (a + p.length <= pre.size() && contiguous(pre, a, p.length) && WordList.at(t, pre.get(a), p)
            && !(after < context.length && context[after])
            // "diện tích lúa bị ảnh hưởng do ngập úng": inside a noun phrase a measure noun opens, "do" says why
            && !(list == OPENERS && a > 0 && WordList.longestAt(t, pre.get(0), MEASURES) != null && p[0].equals("do"))
            && !(list == NEAR_OPENERS && WordList.longestAt(t, pre.get(a), LINKING) != null)) { // "ở mức" links
          pre.subList(0, a + p.length).clear();
          return;
        }
      }
    }
  }

  /** Drops a person named before the figure and what precedes: "ông Đinh La Thăng được (186 phiếu)". */
  private static void cutThroughName(String s, List<Lexer.Tok> t, List<Integer> pre) {
    for (int a = pre.size() - 2; a >= 0; a--) {
      if (!HONORIFICS.contains(t.get(pre.get(a)).text())) continue;
      int b = a + 1;
      while (b < pre.size() && pre.get(b) == pre.get(b - 1) + 1 && Character.isUpperCase(s.charAt(t.get(pre.get(b)).start()))) b++;
      if (b > a + 1) {
        pre.subList(0, b).clear();
        return;
      }
    }
  }

  /** Keeps only what follows the last phrase of the list: "Lực lượng chức năng đã kiểm tra" → "kiểm tra". */
  private static void cutAfterLast(List<Lexer.Tok> t, List<Integer> pre, List<String[]> list) {
    for (int a = pre.size() - 1; a >= 0; a--) {
      for (String[] p : list) {
        if (a + p.length <= pre.size() && contiguous(pre, a, p.length) && WordList.at(t, pre.get(a), p)) {
          if (a + p.length < pre.size()) pre.subList(0, a + p.length).clear();
          return;
        }
      }
    }
  }

  private static void trim(List<Lexer.Tok> t, List<Integer> words) {
    boolean again = true;
    while (again && !words.isEmpty()) {
      again = false;
      if (words.get(0) >= 0) {
        for (String[] p : TRIM) {
          if (p.length <= words.size() && contiguous(words, 0, p.length) && WordList.at(t, words.get(0), p)
              && !(p.length == 1 && words.size() > 1 && words.get(1) == words.get(0) + 1 && startsCompound(t, words.get(0)))) {
            words.subList(0, p.length).clear();
            again = true;
            break;
          }
        }
        if (!again && t.get(words.get(0)).sym(',')) {
          words.remove(0);
          again = true;
        }
      }
      if (words.isEmpty()) break;
      int last = words.get(words.size() - 1);
      if (last < 0) break;
      if (t.get(last).sym(',')) {
        words.remove(words.size() - 1);
        again = true;
        continue;
      }
      for (String[] p : TRIM) {
        int a = words.size() - p.length;
        if (a >= 0 && words.get(a) >= 0 && contiguous(words, a, p.length) && WordList.at(t, words.get(a), p)
            && !(p.length == 1 && a > 0 && words.get(a - 1) == words.get(a) - 1 && startsCompound(t, words.get(a) - 1))) {
          words.subList(a, words.size()).clear();
          again = true;
          break;
        }
      }
    }
  }

  /** The words as written, lower-cased but for acronyms and numerals ("GRDP", "RON 95", "vùng I"). */
  private static String text(String s, List<Lexer.Tok> t, List<Integer> words) {
    StringBuilder b = new StringBuilder();
    int previous = Integer.MIN_VALUE;
    for (int w : words) {
      if (w == -1) {
        b.append("tỷ lệ");
        continue;
      }
      if (w < -1) w = -2 - w;
      Lexer.Tok tok = t.get(w);
      String raw = s.substring(tok.start(), tok.end());
      boolean glued = previous == w - 1 && !tok.spaceBefore(); // "E5", "F-15"
      if (!tok.sym(',') && b.length() > 0 && !glued) b.append(' ');
      previous = w;
      boolean acronym = raw.length() >= 2 && raw.equals(raw.toUpperCase(Locale.ROOT)) && tok.kind() == Lexer.Kind.WORD
          || raw.matches("[IVX]+") && w > 0;
      b.append(acronym || tok.kind() != Lexer.Kind.WORD ? raw : raw.toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
