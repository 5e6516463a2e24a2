package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tracuu.analysis.DocumentCodes;

/**
 * Finds the statistics a text reports: counts with what they count, percentages, ratios, money, areas, with
 * qualifiers, changes and targets. Never dates, years, document codes and their numbers, phone numbers, term
 * numbers or page-chrome counters.
 */
public final class IndicatorExtractor {
  /** Counted things, matched longest first after a number. Extend freely. */
  private static final List<String[]> UNITS = words(
      "tổ chức cơ sở đảng", "tổ chức đảng", "đảng bộ cơ sở", "chi bộ cơ sở", "đảng bộ bộ phận", "đảng bộ trực thuộc",
      "chi bộ trực thuộc", "chi bộ", "đảng bộ", "đảng viên mới", "đảng viên", "quần chúng ưu tú", "quần chúng",
      "đồng chí", "cán bộ", "công chức", "viên chức", "học viên", "lớp", "người", "hộ gia đình", "hộ", "lượt người",
      "lượt", "thôn, tổ dân phố", "thôn", "tổ dân phố", "xã, phường, thị trấn", "xã", "phường", "thị trấn", "huyện", "cơ sở",
      "doanh nghiệp", "hợp tác xã", "tập thể", "cá nhân", "đơn vị", "cơ quan", "trường học", "trường", "chỉ tiêu",
      "nhiệm vụ", "văn bản", "cuộc", "buổi", "hội nghị", "công trình", "dự án", "tác phẩm", "bài viết", "bài",
      "tin", "vụ", "trường hợp", "đoàn viên", "hội viên", "sinh viên", "học sinh", "gương", "điển hình",
      "mô hình", "nhóm chỉ tiêu", "nhóm", "ý kiến", "kiến nghị", "đoàn", "tổ", "bản", "làng", "ấp", "khu phố", "thành viên", "ủy viên",
      "bí thư", "cấp ủy viên", "đại biểu", "lao động", "việc làm", "sản phẩm", "phòng", "ban", "ngành",
      "nền kinh tế", "công ty", "nhà máy", "khu công nghiệp", "huân chương", "bằng khen", "giấy khen", "cờ thi đua", "suất", "căn nhà", "ngôi nhà", "nhà", "con",
      "chiếc", "cây", "tuyến", "cuốn", "bộ", "tài liệu", "kiểm tra", "giám sát", "thủ tục", "hồ sơ");
  private static final Set<String> TIME_UNITS = set("năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "kỳ", "đợt", "tuổi");
  private static final Set<String> NOT_AFTER = set(
      "ngày", "tháng", "năm", "khóa", "lần", "thứ", "số", "điều", "khoản", "chương", "mục", "điểm", "đoạn",
      "covid", "xem", "cập", "phép", "thoại", "fax", "đt", "hotline", "quận", "phường", "tổ", "đội", "tập", "trang",
      "ảnh", "hình", "bảng", "lục", "quyết", "thị", "luận", "dẫn", "định", "án", "báo", "ương", "trình",
      "hiệu", "quý", "tuần", "đợt", "kỷ", "hạng", "cấp", "loại", "lớp", "nhóm", "tuổi", "mã", "phòng", "nhà", "đường", "ấp", "thôn", "xóm", "bản", "km", "quốc", "lộ", "tỉnh");
  private static final Set<String> STOP = set(
      "và", "của", "là", "với", "cho", "trong", "ở", "tại", "được", "đã", "đang", "sẽ", "có", "không", "này",
      "đó", "các", "những", "so", "trên", "dưới", "theo", "để", "từ", "đến", "về", "thì", "mà", "nhưng", "hay",
      "hoặc", "cũng", "bị", "do", "vì", "nên", "khi", "đạt", "tăng", "giảm", "gồm", "trong", "qua", "như", "ra",
      "lên", "vào", "còn", "mới", "cùng", "đều", "chiếm", "tham", "thực", "triển", "vừa", "lại", "thưa", "rồi", "nữa",
      "thôi", "nay", "sau", "trước", "tại", "khác", "này", "kia", "ấy", "nào", "gì", "ai", "hết", "lúc", "khi", "giờ",
      "ngay", "luôn", "cả", "là", "thì", "như", "nhưng", "chỉ", "vẫn", "cũng", "sẽ", "hay", "và", "hoặc");
  /** Classifiers: "300 khẩu súng", "4 chiếc xe": the counted thing is the word after them too. */
  private static final Set<String> CLASSIFIERS = set("khẩu", "chiếc", "con", "cái", "quả", "cây", "tấm", "bức", "ngôi",
      "căn", "bộ", "mẫu", "cuộc", "bản", "tờ", "cuốn", "đôi", "chuyến", "lượt", "đợt", "đoàn", "nhóm", "loại");
  private static final Set<String> TARGET_WORDS = set("nq", "kh", "chỉ", "nghị", "kế", "mục", "ct");
  private static final Set<String> QUALIFIERS = set("hơn", "trên", "gần", "khoảng", "ước", "dưới", "tới", "chừng", "xấp");
  /** Page-chrome counters: "1.024 lượt xem", "0 bình luận", "Số lượt truy cập : 16.593.684". */
  private static final Set<String> CHROME_AFTER = set("bình luận", "lượt xem", "lượt truy", "lượt thích", "lượt chia", "comment", "phản hồi", "người đang");
  private static final Set<String> SUBJECT_TRIM = set(
      "là", "đạt", "có", "gồm", "được", "với", "hơn", "trên", "gần", "khoảng", "ước", "tăng", "giảm", "còn", "chỉ",
      "tới", "lên", "thêm", "cho", "và", "đã", "trong", "đó", "tính", "chiếm", "dưới", "đến", "nay", "toàn", "bằng",
      "mới", "từ", "xuống", "at", "vượt", "nâng", "cụ", "thể", "như", "sau", "gần", "ở");

  private IndicatorExtractor() {}

  /** Every indicator in the text, in order. Pass normalized text; offsets refer to it. */
  public static List<Indicator> extract(String text) {
    List<Indicator> out = new ArrayList<>();
    for (Sentences.Span span : Sentences.split(text)) sentence(text, span, out);
    return out;
  }

  private static void sentence(String text, Sentences.Span span, List<Indicator> out) {
    String s = text.substring(span.start(), span.end());
    List<Lexer.Tok> t = Lexer.lex(s);
    boolean[] excluded = excluded(s, t);
    int firstOfSentence = out.size();
    for (int i = 0; i < t.size(); i++) {
      Lexer.Tok k = t.get(i);
      if (excluded[i]) continue;
      if (k.sym('(') && out.size() > firstOfSentence) {
        int close = parentheticalTarget(t, i);
        if (close > 0) {
          for (int q = i + 1; q < close; q++) {
            if (t.get(q).kind() == Lexer.Kind.NUM) {
              boolean percent = q + 1 < t.size() && t.get(q + 1).sym('%');
              attachTarget(out, firstOfSentence, vn.tracuu.analysis.Numbers.parse(t.get(q).text()), percent ? "percent" : "count");
              break;
            }
          }
          i = close;
          continue;
        }
      }
      boolean numeric = k.kind() == Lexer.Kind.NUM;
      if (!numeric && k.kind() != Lexer.Kind.WORD) continue;
      NumberParser.Parsed p = NumberParser.parse(t, i);
      if (p == null) continue;
      if (p.words() && (p.to() - p.from() < 2 || k.word("năm") && p.to() < t.size() && t.get(p.to()).kind() == Lexer.Kind.NUM)) {
        continue;
      }
      if (numeric && isNotAStatistic(t, i, p)) continue;
      int j = p.to();
      double value = p.value();
      String kind = null, unit = null;
      Double of = null;
      if (numeric && j + 1 < t.size() && t.get(j).sym('/') && !t.get(j).spaceBefore()
          && t.get(j + 1).kind() == Lexer.Kind.NUM && !t.get(j + 1).spaceBefore()) {
        of = vn.tracuu.analysis.Numbers.parse(t.get(j + 1).text());
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
          j = m.to();
        }
      }
      if (kind == null || kind.equals("ratio")) {
        int[] measure = measure(t, j);
        if (measure != null) {
          kind = kind == null ? measure[1] == 0 ? "area" : measure[1] == 1 ? "length" : "mass" : kind;
          unit = s.substring(t.get(j).start(), t.get(measure[0] - 1).end());
          j = measure[0];
        }
      }
      if (unit == null) {
        if (isDuration(t, j)) continue;
        int u = unitEnd(t, j);
        // "(2b)", "3a": letters stuck to a number are a label, not a counted thing
        if (u > j && !t.get(j).spaceBefore()) continue;
        if (u > j) {
          unit = s.substring(t.get(j).start(), t.get(u - 1).end()).toLowerCase(java.util.Locale.ROOT);
          j = u;
        } else if (kind == null) {
          continue;
        }
      }
      // a rate: "58,6 tạ/ha", "320 người/km2"
      if (unit != null && !unit.equals("%") && j + 1 < t.size() && t.get(j).sym('/') && !t.get(j).spaceBefore()
          && t.get(j + 1).kind() == Lexer.Kind.WORD && !t.get(j + 1).spaceBefore()) {
        int end = j + 2;
        if (end < t.size() && !t.get(end).spaceBefore() && t.get(end).text().matches("[23²³]")) end++;
        unit = unit + s.substring(t.get(j).start(), t.get(end - 1).end()).toLowerCase(java.util.Locale.ROOT);
        kind = "rate";
        j = end;
      }
      if ("ratio".equals(kind) && unit == null) continue; // "14/5", "1/80%": a date or a formula, not a ratio
      if (kind == null) kind = "count";
      // "chỉ tiêu nghị quyết 95%" after an indicator of the same sentence: that indicator's target
      if (out.size() > firstOfSentence && precededByTargetWords(t, i)) {
        attachTarget(out, firstOfSentence, value, kind);
        i = j - 1;
        continue;
      }
      String qualifier = qualifier(t, i);
      if (j + 1 < t.size() && t.get(j).word("trở") && t.get(j + 1).word("lên") && i > 0 && t.get(i - 1).word("từ")) {
        qualifier = "từ ... trở lên";
        j += 2;
      }
      String change = change(t, i);
      int start = span.start() + t.get(i).start();
      int end = span.start() + t.get(j - 1).end();
      String subject = subject(s, t, i, unit, kind);
      if ("percent".equals(kind) && j < t.size() && (t.get(j).word("kế", "kh", "dự") || (t.get(j).word("chỉ") && j + 1 < t.size() && t.get(j + 1).word("tiêu")))) {
        subject = "tỷ lệ đạt " + (t.get(j).word("chỉ") ? "chỉ tiêu" : t.get(j).word("dự") ? "dự toán" : "kế hoạch");
      }
      if (subject == null && "percent".equals(kind) && unitEnd(t, j) > j) {
        subject = s.substring(t.get(j).start(), t.get(unitEnd(t, j) - 1).end()).toLowerCase(java.util.Locale.ROOT);
      }
      out.add(new Indicator(value, unit, kind, subject, of, null, qualifier, change,
          text.substring(start, end), start, end, s));
      i = j - 1;
    }
  }

  /** "(NQ 90%)", "(nghị quyết đề ra 90%)", "(NQ phấn đấu kết nạp 67 đảng viên mới)": index of its ')' or -1. */
  private static int parentheticalTarget(List<Lexer.Tok> t, int open) {
    if (open + 1 >= t.size() || t.get(open + 1).kind() != Lexer.Kind.WORD || !TARGET_WORDS.contains(t.get(open + 1).text())) {
      return -1;
    }
    if (t.get(open + 1).word("chỉ") && !(open + 2 < t.size() && t.get(open + 2).word("tiêu"))) return -1;
    boolean number = false;
    for (int q = open + 1; q < t.size() && q < open + 16; q++) {
      if (t.get(q).sym(')')) return number ? q : -1;
      if (t.get(q).sym('(')) return -1;
      number |= t.get(q).kind() == Lexer.Kind.NUM;
    }
    return -1;
  }

  /** Sets the target on the latest indicator of the sentence of the same kind (a percent goal on a percent). */
  private static void attachTarget(List<Indicator> out, int firstOfSentence, double target, String kind) {
    boolean percent = "percent".equals(kind);
    for (int k = out.size() - 1; k >= firstOfSentence; k--) {
      Indicator i = out.get(k);
      if ("percent".equals(i.kind()) == percent && i.target() == null) {
        out.set(k, withTarget(i, target));
        return;
      }
    }
  }

  private static Indicator withTarget(Indicator i, double target) {
    return new Indicator(i.value(), i.unit(), i.kind(), i.subject(), i.of(), target, i.qualifier(), i.change(),
        i.text(), i.start(), i.end(), i.sentence());
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
    return ex;
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

  private static boolean isNotAStatistic(List<Lexer.Tok> t, int i, NumberParser.Parsed p) {
    String num = t.get(i).text();
    Lexer.Tok prev = previousWord(t, i);
    if (prev != null && prev.word("tư") && i >= 2 && t.get(i - 2).word("thông")) return true; // Thông tư 15
    if (prev != null && NOT_AFTER.contains(prev.text())) {
      // "năm 2023" is a year, but "có 15 đảng bộ" after "năm" in "năm 2021 có" is not preceded directly
      return true;
    }
    if (i > 0 && (t.get(i - 1).sym('-') || t.get(i - 1).sym('/') || t.get(i - 1).sym('+')) && !t.get(i).spaceBefore()) return true;
    // "XJR15", "9h20", "VN30F1707": digits glued to letters are part of a name or a time
    if (i > 0 && t.get(i - 1).kind() == Lexer.Kind.WORD && !t.get(i).spaceBefore()) return true;
    if (prev != null && prev.word("kỳ") && i >= 2 && previousIndex(t, i) > 0
        && t.get(previousIndex(t, i) - 1).word("học", "nhiệm")) return true; // "học kỳ 1", "nhiệm kỳ 2020"
    if (prev != null && prev.word("sáng", "trưa", "chiều", "tối", "đêm", "lúc")) return true; // "chiều 18/5", "lúc 9"
    if (num.length() >= 9 && num.charAt(0) == '0') return true;
    if (num.startsWith("0") && num.contains(".") && !vn.tracuu.analysis.Numbers.hasThousandsDots(num.toCharArray(), 0, num.length())) {
      return true;
    }
    if (num.matches("(19|20)\\d\\d")) {
      int j = p.to();
      boolean range = j + 1 < t.size() && t.get(j).sym('-') && t.get(j + 1).text().matches("(19|20)\\d\\d");
      boolean unitFollows = unitEnd(t, j) > j && !t.get(j).word("và", "đến");
      if (range || !unitFollows) return true;
      if (i > 0 && t.get(i - 1).sym('-')) return true;
    }
    int j = p.to();
    if (j + 1 < t.size() && CHROME_AFTER.contains(t.get(j).text() + " " + t.get(j + 1).text())) return true;
    if (j < t.size() && t.get(j).word("comment")) return true;
    return false;
  }

  private static int previousIndex(List<Lexer.Tok> t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.get(k).sym(':') || t.get(k).sym('(') || t.get(k).sym('.'))) k--;
    return k;
  }

  private static Lexer.Tok previousWord(List<Lexer.Tok> t, int i) {
    int k = i - 1;
    while (k >= 0 && (t.get(k).sym(':') || t.get(k).sym('(') || t.get(k).sym('.'))) k--;
    if (k < 0 || t.get(k).kind() != Lexer.Kind.WORD) return null;
    // "số" in "tổng số 45" counts; in "Nghị quyết số 37", "Giấy phép số 12" it is an identifier
    if (t.get(k).word("số") && k > 0 && t.get(k - 1).word("tổng", "dân", "đa", "thiểu")) return null;
    return t.get(k);
  }

  private static boolean precededByTargetWords(List<Lexer.Tok> t, int i) {
    // only goal words between: "chỉ tiêu nghị quyết 95%", "NQ: 90%", "kế hoạch đề ra 67"
    for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
      Lexer.Tok w = t.get(k);
      if (w.word("nq", "kh") || (w.word("tiêu") && k > 0 && t.get(k - 1).word("chỉ"))) return true;
      if (!w.sym(':') && !w.word("nghị", "quyết", "đề", "ra", "là", "kế", "hoạch", "đặt", "phấn", "đấu", "mục", "tiêu")) return false;
    }
    return false;
  }

  /** [end, kind] of a measure unit at j: 0 area (ha, km², m²), 1 length (km), 2 mass (tấn, kg). */
  private static int[] measure(List<Lexer.Tok> t, int j) {
    if (j >= t.size() || t.get(j).kind() != Lexer.Kind.WORD) return null;
    Lexer.Tok k = t.get(j);
    boolean squared = j + 1 < t.size() && !t.get(j + 1).spaceBefore() && (t.get(j + 1).is("2") || t.get(j + 1).is("²"));
    if (k.word("ha", "hécta")) return new int[] {j + 1, 0};
    if (k.word("héc") && j + 2 < t.size() && t.get(j + 1).sym('-') && t.get(j + 2).word("ta")) return new int[] {j + 3, 0};
    if (k.word("km", "m", "cm") && squared) return new int[] {j + 2, 0};
    if (k.word("km", "cm", "mm") || (k.word("m") && t.get(j).spaceBefore())) return new int[] {j + 1, 1};
    if (k.word("tấn", "kg", "tạ")) return new int[] {j + 1, 2};
    return null;
  }

  /** End of the counted thing after a number: longest unit from the list, else up to two content words. */
  private static int unitEnd(List<Lexer.Tok> t, int j) {
    int best = j;
    for (String[] u : UNITS) {
      int k = j, w = 0;
      while (w < u.length && k < t.size()) {
        Lexer.Tok tok = t.get(k);
        if (u[w].equals(",")) {
          if (!tok.sym(',')) break;
        } else if (!tok.word(u[w])) break;
        w++;
        k++;
      }
      if (w == u.length && k > best) best = k;
    }
    if (best > j) return best;
    // not in the list: the longest dictionary word there ("cung nữ"), after a classifier the word that follows
    // it too ("300 khẩu súng"); a word not in the dictionary counts as one syllable
    if (j >= t.size() || t.get(j).kind() != Lexer.Kind.WORD || isDuration(t, j)) return j;
    int dictionaryEnd = Words.longestAt(t, j, 4);
    if (dictionaryEnd <= j + 1 && STOP.contains(t.get(j).text())) return j; // "chỉ thị" is a word, "chỉ" alone is not
    int end = Math.max(j + 1, dictionaryEnd);
    if (CLASSIFIERS.contains(t.get(j).text()) && end == j + 1 && end < t.size() && t.get(end).kind() == Lexer.Kind.WORD
        && !STOP.contains(t.get(end).text())) {
      end = Math.max(end + 1, Words.longestAt(t, end, 3));
    }
    return end;
  }

  /** "5 năm", "2 nhiệm kỳ", "3 thế kỷ": a span of time, not a statistic. */
  private static boolean isDuration(List<Lexer.Tok> t, int j) {
    if (j >= t.size() || t.get(j).kind() != Lexer.Kind.WORD) return false;
    Lexer.Tok w = t.get(j);
    boolean next = j + 1 < t.size();
    return TIME_UNITS.contains(w.text()) || (w.word("nhiệm") && next && t.get(j + 1).word("kỳ"))
        || (w.word("thế") && next && t.get(j + 1).word("kỷ"));
  }

  private static String qualifier(List<Lexer.Tok> t, int i) {
    if (i == 0 || t.get(i - 1).kind() != Lexer.Kind.WORD) return null;
    Lexer.Tok w = t.get(i - 1);
    if (w.word("đạt") && i > 1 && t.get(i - 2).word("ước")) return "ước";
    if (w.word("tính") && i > 1 && t.get(i - 2).word("ước")) return "ước";
    if (w.word("nhất") && i > 1 && t.get(i - 2).word("ít")) return "ít nhất";
    if (w.word("chừng") && i > 1 && t.get(i - 2).word("khoảng")) return "khoảng";
    if (w.word("xỉ") && i > 1 && t.get(i - 2).word("xấp")) return "xấp xỉ";
    return QUALIFIERS.contains(w.text()) && !w.word("tới", "chừng", "xấp") ? w.text() : null;
  }

  private static String change(List<Lexer.Tok> t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      Lexer.Tok w = t.get(k);
      if (w.kind() != Lexer.Kind.WORD) return null;
      if (w.word("còn", "xuống", "lên")) return null; // "giảm còn 2,1%": the level reached, not the change
      if (w.word("tăng")) return "tăng";
      if (w.word("giảm")) return "giảm";
    }
    return null;
  }

  /** The words before the number back to the clause boundary, without the verbs that join them to it. */
  private static String subject(String s, List<Lexer.Tok> t, int i, String unit, String kind) {
    int from = i;
    while (from > 0 && from > i - 12) {
      Lexer.Tok k = t.get(from - 1);
      if (k.kind() == Lexer.Kind.WORD) from--;
      else break;
    }
    int to = i;
    while (to > from && SUBJECT_TRIM.contains(t.get(to - 1).text())) to--;
    while (from < to && (SUBJECT_TRIM.contains(t.get(from).text()) || STOP.contains(t.get(from).text()))) from++;
    if (to - from > 10) from = to - 10;
    if (from < to) {
      String subj = s.substring(t.get(from).start(), t.get(to - 1).end()).toLowerCase(java.util.Locale.ROOT);
      int rate = subj.indexOf("tỷ lệ");
      return rate > 0 ? subj.substring(rate) : subj;
    }
    return "percent".equals(kind) ? null : unit;
  }

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  private static List<String[]> words(String... units) {
    List<String[]> out = new ArrayList<>();
    for (String u : units) out.add(u.replace(",", " ,").split(" "));
    return out;
  }
}
