package vn.tracuu.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tracuu.analysis.Numbers;

/**
 * The first stage of indicator extraction: a number and what it measures. Reads counts with their counted thing,
 * percents, ratios ({@code 16/25}), ranges ({@code 7-8 tỷ đồng}, {@code từ 7 đến 8 ha}), money, areas, lengths,
 * masses and rates ({@code 58,6 tạ/ha}, {@code đồng/người/năm}); refuses numbers that are identifiers, years,
 * durations, times or page counters.
 */
final class Quantities {
  private static final List<String[]> UNITS = WordList.phrases("units.txt");
  private static final Set<String> TIME_UNITS = WordList.set("time-units.txt");
  private static final Set<String> NOT_AFTER = WordList.set("not-after.txt");
  private static final List<String[]> NOT_AFTER_VERBS = WordList.phrases("not-after-verbs.txt");
  private static final Set<String> VERB_UNITS = WordList.set("verb-units.txt");
  private static final Set<String> FUNCTION = WordList.set("function-words.txt");
  /** Words of the dictionary that follow numbers but never name what was counted ("so với", "tương đương"). */
  private static final List<String[]> NOT_UNITS = WordList.phrases("not-units.txt");
  private static final Set<String> CLASSIFIERS = WordList.set("classifiers.txt");
  /** "hàng nghìn tỷ", "vài trăm": a number word after these is an order of magnitude, not a figure. */
  private static final Set<String> VAGUE_BEFORE = WordList.set("vague-before.txt");
  /** Page-chrome counters: "1.024 lượt xem", "0 bình luận", "Số lượt truy cập : 16.593.684". */
  private static final Set<String> CHROME_AFTER = Set.of("bình luận", "lượt xem", "lượt truy", "lượt thích",
      "lượt chia", "comment", "phản hồi", "người đang");

  private Quantities() {}

  /** The quantity whose number starts at token i, or null. */
  static Quantity read(String s, List<Lexer.Tok> t, int i) {
    Lexer.Tok k = t.get(i);
    boolean numeric = k.kind() == Lexer.Kind.NUM;
    if (!numeric && k.kind() != Lexer.Kind.WORD) return null;
    NumberParser.Parsed p = NumberParser.parse(t, i);
    if (p == null) return null;
    if (p.words() && (p.to() - p.from() < 2 || k.word("năm") && p.to() < t.size() && t.get(p.to()).kind() == Lexer.Kind.NUM)) {
      return null;
    }
    if (numeric && isNotAStatistic(s, t, i, p)) return null;
    if (p.words() && i > 0 && VAGUE_BEFORE.contains(t.get(i - 1).text())) return null;
    // "100g rau má", "1m63": grams and metres, not the "2g" (billion) of prices; only money keeps that suffix
    if (numeric && p.to() == i + 2 && t.get(i + 1).word("g", "m")) {
      MoneyGrammar.Match m = MoneyGrammar.match(t, i);
      if (m == null || m.money().currency() == null) return null;
    }
    int j = p.to();
    double value = p.value();
    Double valueTo = null;
    // a range of shares with both signs: "3% - 5%", "từ 5% đến 7%"
    if (numeric && j + 3 < t.size() && t.get(j).sym('%') && (t.get(j + 1).sym('-') || t.get(j + 1).word("đến", "tới"))
        && t.get(j + 2).kind() == Lexer.Kind.NUM && t.get(j + 3).sym('%') && Numbers.parse(t.get(j + 2).text()) > value) {
      valueTo = Numbers.parse(t.get(j + 2).text());
      j += 3;
    }
    // a range: "15-20 người", "từ 7 đến 8 ha": the second number carries the unit and any scale word
    if (numeric && valueTo == null && j + 1 < t.size() && (t.get(j).sym('-') || t.get(j).word("đến", "tới"))
        && t.get(j + 1).kind() == Lexer.Kind.NUM) {
      NumberParser.Parsed q = NumberParser.parse(t, j + 1);
      // "từ 0-100 km/h", "thang điểm 0-10": a range from zero is a scale, not a figure
      if (q != null && value == 0) return null;
      if (q != null && q.value() > value && !isDuration(t, q.to())) {
        double raw = Numbers.parse(t.get(j + 1).text());
        double low = value;
        if (q.value() != raw && p.to() == i + 1) while (low > 0 && low * 1000 <= q.value()) low *= 1000;
        value = low;
        valueTo = q.value();
        j = q.to();
      }
    }
    String kind = null, unit = null;
    Double of = null;
    int unitFrom = -1;
    if (numeric && valueTo == null && j + 1 < t.size() && t.get(j).sym('/') && !t.get(j).spaceBefore()
        && t.get(j + 1).kind() == Lexer.Kind.NUM && !t.get(j + 1).spaceBefore()) {
      of = Numbers.parse(t.get(j + 1).text());
      kind = "ratio";
      j += 2;
    }
    if (kind == null && j < t.size() && t.get(j).sym('%')) {
      kind = "percent";
      unit = "%";
      j++;
    } else if (kind == null && j + 1 < t.size() && t.get(j).word("phần") && t.get(j + 1).word("trăm")) {
      kind = "percent";
      unit = "%";
      j += 2;
    } else if (kind == null && j + 2 < t.size() && t.get(j).word("điểm") && t.get(j + 1).word("phần") && t.get(j + 2).word("trăm")) {
      kind = "percent";
      unit = "điểm phần trăm";
      j += 3;
    }
    if (kind == null) {
      MoneyGrammar.Match m = MoneyGrammar.match(t, i);
      if (m != null && m.to() >= j && m.money().currency() != null && !m.money().currency().equals("Cent")) {
        kind = "money";
        unit = m.money().currency();
        value = m.money().value();
        if (m.money().bound() == Money.Bound.BETWEEN && m.money().max() > value) valueTo = m.money().max();
        j = m.to();
      }
    }
    if (kind == null || kind.equals("ratio")) {
      int[] measure = measure(t, j);
      if (measure != null) {
        kind = kind == null ? MEASURE_KINDS[measure[1]] : kind;
        unit = measure[1] == 3 ? "độ C" : s.substring(t.get(j).start(), t.get(measure[0] - 1).end());
        j = measure[0];
      }
    }
    if (unit == null) {
      if (isDuration(t, j)) return null;
      int u = unitEnd(t, j);
      // "(2b)", "3a": letters stuck to a number are a label, not a counted thing
      if (u > j && !t.get(j).spaceBefore()) return null;
      boolean listed = WordList.longestAt(t, j, UNITS) != null;
      // "Văn học D220330 100 C, D1": one letter after a number is a label of a table, not a counted thing
      if (u == j + 1 && !listed && t.get(j).text().length() == 1) return null;
      // "khu phố 1 Nguyễn Văn Mùi", "ngõ 145 Cổ Nhuế": a capitalized word after the number starts a name
      if (u > j && !listed && isTitlecase(s, t.get(j))) return null;
      // "trở thành 1 thói quen": a lone "1" before a word of the text is an article, not a count
      if (u > j && !listed && numeric && value == 1 && valueTo == null && kind == null && !inList(t, i, u)) return null;
      if (u > j) {
        unitFrom = j;
        unit = spelled(s.substring(t.get(j).start(), t.get(u - 1).end()).toLowerCase(Locale.ROOT));
        j = u;
      } else if (kind == null) {
        int[] implied = numeric && value >= 1 && !k.text().startsWith("0") ? impliedUnit(s, t, i) : null;
        if (implied == null) return null;
        // the counted thing stands before the figure: the subject reads it there, so no unit tokens after it
        unit = spelled(s.substring(t.get(implied[0]).start(), t.get(implied[1] - 1).end()).toLowerCase(Locale.ROOT));
        kind = "count";
      }
    }
    // a rate: "58,6 tạ/ha", "320 người/km2", "42 triệu đồng/người/năm"
    // and a share per span of time: "lãi suất 6,5%/năm", "tăng bình quân 7,1%/năm"
    while (unit != null && (!unit.equals("%") || j + 1 < t.size() && t.get(j + 1).word("năm", "tháng", "quý", "ngày"))
        && j + 1 < t.size() && t.get(j).sym('/') && !t.get(j).spaceBefore()
        && t.get(j + 1).kind() == Lexer.Kind.WORD && !t.get(j + 1).spaceBefore()) {
      int end = j + 2;
      if (end < t.size() && !t.get(end).spaceBefore() && t.get(end).text().matches("[23²³]")) end++;
      unit = unit + "/" + spelled(s.substring(t.get(j + 1).start(), t.get(end - 1).end()).toLowerCase(Locale.ROOT)); // "đồng/USD"
      kind = "rate";
      j = end;
    }
    if ("ratio".equals(kind) && (unit == null || unitFrom >= 0 && !Character.isLowerCase(s.charAt(t.get(unitFrom).start())))) {
      return null; // "14/5", "1/80%", "11/2 FLC": a date or a formula, not a ratio
    }
    if (kind == null) kind = "count";
    // "từ 1.800 mm đến 2.200 mm": a range with its unit written at both ends
    if (valueTo == null && of == null && unit != null && j + 1 < t.size() && (t.get(j).word("đến", "tới") || t.get(j).sym('-'))
        && t.get(j + 1).kind() == Lexer.Kind.NUM) {
      Quantity top = read(s, t, j + 1);
      if (top != null && unit.equals(top.unit()) && top.valueTo() == null && top.value() > value) {
        valueTo = top.value();
        j = top.to();
      }
    }
    return new Quantity(tidy(value), valueTo == null ? null : tidy(valueTo), of, unit, kind, i, j, unitFrom);
  }

  private static boolean isNotAStatistic(String s, List<Lexer.Tok> t, int i, NumberParser.Parsed p) {
    String num = t.get(i).text();
    Lexer.Tok prev = previousWord(t, i);
    // "Pleiku 2 đi qua", "Beretta 92 là", "Đồ Sơn 2007 tổ chức": after a capitalized word inside the sentence, a
    // number ends a name unless a listed unit follows as a word of its own ("Hà Nội 3 người", not "tổ" of "tổ chức")
    if (i > 1 && t.get(i - 1).kind() == Lexer.Kind.WORD && isTitlecase(s, t.get(i - 1))
        && !listedUnitAt(t, p.to()) && !t.get(p.to() < t.size() ? p.to() : i).sym('%')) {
      return true;
    }
    // "tàu BĐ 99245 TS", "xe 29A 123": a number between two acronyms is a registration, not a figure
    if (i > 0 && p.to() < t.size() && isAcronym(s, t.get(i - 1)) && isAcronym(s, t.get(p.to()))) return true;
    if (prev != null && prev.word("tư") && i >= 2 && t.get(i - 2).word("thông")) return true; // Thông tư 15
    if (prev != null && NOT_AFTER.contains(prev.text()) && WordList.longestEndingAt(t, previousIndex(t, i) + 1, NOT_AFTER_VERBS) == null
        && !(prev.word("tỉnh", "huyện", "xã", "thành", "phố") && isMoney(t, i)) // "ngân sách tỉnh 450 tỷ đồng"
        && !(prev.word("cấp") && p.value() >= 10)) return true; // "cấp 45.200 thẻ" issues cards; "cấp 3" is a level
    if (i > 0 && (t.get(i - 1).sym('-') || t.get(i - 1).sym('/') || t.get(i - 1).sym('+')) && !t.get(i).spaceBefore()) return true;
    // "XJR15", "9h20", "VN30F1707": digits glued to letters are part of a name or a time
    if (i > 0 && t.get(i - 1).kind() == Lexer.Kind.WORD && !t.get(i).spaceBefore()) return true;
    if (prev != null && prev.word("kỳ") && previousIndex(t, i) > 0
        && t.get(previousIndex(t, i) - 1).word("học", "nhiệm")) return true; // "học kỳ 1", "nhiệm kỳ 2020"
    if (prev != null && prev.word("sáng", "trưa", "chiều", "tối", "đêm", "lúc")) return true; // "chiều 18/5", "lúc 9"
    if (num.length() >= 9 && num.charAt(0) == '0') return true;
    if (num.startsWith("0") && num.contains(".") && !Numbers.hasThousandsDots(num.toCharArray(), 0, num.length())) {
      return true;
    }
    if (num.length() == 4 && (num.startsWith("19") || num.startsWith("20")) && num.chars().allMatch(Character::isDigit)) {
      int j = p.to();
      boolean range = j + 1 < t.size() && t.get(j).sym('-') && t.get(j + 1).text().matches("(19|20)\\d\\d");
      // "chọi trâu 2017 dự kiến", "năm 2017 và 2018 khoảng": after a year-like number only a listed unit counts
      // ("Đồ Sơn 2007 tổ chức": a unit that is also a verb is the verb there)
      String[] listed = WordList.longestAt(t, j, UNITS);
      boolean unitFollows = listedUnitAt(t, j) && !(listed != null && VERB_UNITS.contains(String.join(" ", listed)));
      if (range || !unitFollows) return true;
    }
    int j = p.to();
    if (j + 1 < t.size() && CHROME_AFTER.contains(t.get(j).text() + " " + t.get(j + 1).text())) return true;
    return j < t.size() && t.get(j).word("comment");
  }

  /** Whether a unit of the list stands at j as a whole word, not as the start of a longer one ("tổ" of "tổ chức"). */
  private static boolean listedUnitAt(List<Lexer.Tok> t, int j) {
    String[] listed = WordList.longestAt(t, j, UNITS);
    return listed != null && Words.longestAt(t, j, 4) <= j + listed.length;
  }

  /** "05 nghị quyết, 1 chỉ thị, 10 quy định": a figure between commas is an item of a list of figures. */
  private static boolean inList(List<Lexer.Tok> t, int i, int end) {
    boolean before = i > 0 && (t.get(i - 1).sym(',') || t.get(i - 1).sym(';'));
    boolean after = end < t.size() && (t.get(end).sym(',') || t.get(end).sym(';'));
    return before || after;
  }

  /** Whether the word w stands among the {@code within} tokens before j. */
  private static boolean saidBefore(List<Lexer.Tok> t, int j, String w, int within) {
    for (int k = Math.max(0, j - within); k < j; k++) if (t.get(k).word(w)) return true;
    return false;
  }

  /** "Nguyễn", "Pleiku": a capital then small letters (not an acronym like "TP" or "USD"). */
  static boolean isTitlecase(String s, Lexer.Tok k) {
    if (k.kind() != Lexer.Kind.WORD || k.end() - k.start() < 2) return false;
    return Character.isUpperCase(s.charAt(k.start())) && Character.isLowerCase(s.charAt(k.start() + 1));
  }

  /** "BĐ", "TS", "QNg", "UBND": a capital first and at least one more. */
  private static boolean isAcronym(String s, Lexer.Tok k) {
    if (k.kind() != Lexer.Kind.WORD || k.end() - k.start() < 2 || !Character.isUpperCase(s.charAt(k.start()))) return false;
    for (int c = k.start() + 1; c < k.end(); c++) if (Character.isUpperCase(s.charAt(c))) return true;
    return false;
  }

  private static final List<String[]> LINKS = WordList.phrases("linking-words.txt");

  /**
   * "Tổng số thuê bao 5G đạt khoảng 20 triệu", "Số đảng viên là 120": a number with no unit after it, joined by a
   * linking verb to a clause that opens with "số" (or "tổng số", "số lượng"), counts the thing named after "số".
   * Returns the [start, end) of that thing's words, or null.
   */
  private static int[] impliedUnit(String s, List<Lexer.Tok> t, int i) {
    int k = i;
    boolean linked = false;
    for (boolean more = true; more && k > 0; ) {
      more = false;
      String[] w = WordList.longestEndingAt(t, k, LINKS);
      if (w == null) w = WordList.longestEndingAt(t, k, Bounds.PHRASES);
      if (w != null) {
        linked |= WordList.longestEndingAt(t, k, LINKS) != null;
        k -= w.length;
        more = true;
      }
    }
    if (!linked) return null;
    for (int b = k - 1; b >= 0 && b >= k - IMPLIED_REACH; b--) {
      Lexer.Tok w = t.get(b);
      if (w.kind() == Lexer.Kind.SYM || w.kind() == Lexer.Kind.NUM && !namesTechnology(s, t, b)) return null;
      if (!w.word("số") || b + 1 >= k) continue;
      int from = b + 1;
      if (t.get(from).word("lượng") && from + 1 < k) from++; // "số lượng"
      int to = unitEnd(t, from);
      return to > from && to <= k && t.get(from).kind() == Lexer.Kind.WORD ? new int[] {from, to} : null;
    }
    return null;
  }

  /** "5G", "3D", "4K": a number with one of these capitals written onto it names a technology, not an amount. */
  static boolean namesTechnology(String s, List<Lexer.Tok> t, int k) {
    return k + 1 < t.size() && t.get(k + 1).word("g", "d", "k") && !t.get(k + 1).spaceBefore()
        && Character.isUpperCase(s.charAt(t.get(k + 1).start()));
  }

  /** How far back from the figure the clause opening with "số" may start. */
  private static final int IMPLIED_REACH = 12;

  /** Units of {@code lists/unit-spellings.txt} by their lower-case form: "kwh" is written "kWh". */
  private static final java.util.Map<String, String> SPELLINGS = WordList.asWritten("unit-spellings.txt").stream()
      .collect(java.util.stream.Collectors.toMap(u -> u.toLowerCase(Locale.ROOT), u -> u, (a, b) -> a));

  private static String spelled(String unit) {
    return SPELLINGS.getOrDefault(unit, unit);
  }

  /**
   * The value as written: "8,2 triệu" is 8.2 × 10⁶ in binary floating point, 8199999.999999999; twelve significant
   * digits are more than any report writes.
   */
  private static double tidy(double v) {
    return v == 0 || Double.isNaN(v) || Double.isInfinite(v) ? v
        : new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }

  private static boolean isMoney(List<Lexer.Tok> t, int i) {
    MoneyGrammar.Match m = MoneyGrammar.match(t, i);
    return m != null && m.money().currency() != null;
  }

  private static int previousIndex(List<Lexer.Tok> t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.get(k).sym(':') || t.get(k).sym('(') || t.get(k).sym('.'))) k--;
    return k;
  }

  private static Lexer.Tok previousWord(List<Lexer.Tok> t, int i) {
    int k = previousIndex(t, i);
    if (k < 0 || t.get(k).kind() != Lexer.Kind.WORD) return null;
    // "số" in "tổng số 45" counts; in "Nghị quyết số 37", "Giấy phép số 12" it is an identifier
    if (t.get(k).word("số") && k > 0 && t.get(k - 1).word("tổng", "dân", "đa", "thiểu")) return null;
    return t.get(k);
  }

  private static final String[] MEASURE_KINDS = {"area", "length", "mass", "temperature"};

  /** [end, kind] of a measure unit at j: 0 area (ha, km², m²), 1 length (km), 2 mass (tấn, kg), 3 "độ C". */
  private static int[] measure(List<Lexer.Tok> t, int j) {
    if (j >= t.size() || t.get(j).kind() != Lexer.Kind.WORD) return null;
    Lexer.Tok k = t.get(j);
    boolean squared = j + 1 < t.size() && !t.get(j + 1).spaceBefore() && (t.get(j + 1).is("2") || t.get(j + 1).is("²"));
    if (k.word("ha", "hécta")) return new int[] {j + 1, 0};
    if (k.word("héc") && j + 2 < t.size() && t.get(j + 1).sym('-') && t.get(j + 2).word("ta")) return new int[] {j + 3, 0};
    if (k.word("km", "m", "cm") && squared) return new int[] {j + 2, 0};
    if (k.word("km", "cm", "mm") || (k.word("m") && t.get(j).spaceBefore())) return new int[] {j + 1, 1};
    if (k.word("tấn", "kg", "tạ")) return new int[] {j + 1, 2};
    if (k.word("độ") && j + 1 < t.size() && t.get(j + 1).word("c")) return new int[] {j + 2, 3};
    // "nhiệt độ cao nhất từ 29 - 32 độ": degrees of a temperature named just before
    if (k.word("độ") && saidBefore(t, j, "nhiệt", 30)) return new int[] {j + 1, 3};
    return null;
  }

  /**
   * End of the counted thing after a number: the longest unit of the list (after a classifier, the word that
   * follows too: "5 triệu lượt khách"), else the longest dictionary word.
   */
  static int unitEnd(List<Lexer.Tok> t, int j) {
    String[] listed = WordList.longestAt(t, j, UNITS);
    if (listed != null) {
      int end = j + listed.length;
      if (listed.length == 1 && CLASSIFIERS.contains(listed[0]) && !listed[0].equals("cây") && end < t.size()
          && t.get(end).kind() == Lexer.Kind.WORD && !FUNCTION.contains(t.get(end).text())) {
        end = Math.max(end + 1, Words.longestAt(t, end, 3));
      }
      return end;
    }
    // not in the list: the longest dictionary word there ("cung nữ"), after a classifier the word that follows
    // it too ("300 khẩu súng"); a word not in the dictionary counts as one syllable
    if (j >= t.size() || t.get(j).kind() != Lexer.Kind.WORD || isDuration(t, j)) return j;
    int dictionaryEnd = Words.longestAt(t, j, 4);
    if (dictionaryEnd <= j + 1 && FUNCTION.contains(t.get(j).text())) return j; // "chỉ thị" is a word, "chỉ" alone is not
    if (FUNCTION.contains(t.get(j).text()) && FUNCTION.contains(t.get(dictionaryEnd - 1).text())) return j; // "này đã"
    if (WordList.longestAt(t, j, NOT_UNITS) != null) return j; // "cao hơn 20 triệu so với mức phí"
    int end = Math.max(j + 1, dictionaryEnd);
    if (CLASSIFIERS.contains(t.get(j).text()) && end == j + 1 && end < t.size() && t.get(end).kind() == Lexer.Kind.WORD
        && !FUNCTION.contains(t.get(end).text())) {
      end = Math.max(end + 1, Words.longestAt(t, end, 3));
    }
    return end;
  }

  /** "5 năm", "2 nhiệm kỳ", "3 thế kỷ": a span of time, not a statistic. */
  static boolean isDuration(List<Lexer.Tok> t, int j) {
    if (j >= t.size() || t.get(j).kind() != Lexer.Kind.WORD) return false;
    Lexer.Tok w = t.get(j);
    boolean next = j + 1 < t.size();
    return TIME_UNITS.contains(w.text()) || (w.word("nhiệm") && next && t.get(j + 1).word("kỳ"))
        || (w.word("thế") && next && t.get(j + 1).word("kỷ"));
  }
}
