package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tracuu.analysis.DocumentCodes;

/**
 * Finds references to party and state documents and resolves each to a canonical code: full codes
 * ({@code Nghị quyết số 22-NQ/TW}), bare ones resolved by an earlier full code of the same text
 * ({@code Chỉ thị 05}) or by their issuer ({@code Chỉ thị 05 của Bộ Chính trị} → {@code 05-CT/TW}), and
 * "Nghị quyết Trung ương 4 (khóa XI)" with its terms.
 */
public final class ReferenceExtractor {
  /** Type codes and their names. */
  static final Map<String, String> TYPE_NAMES = Map.ofEntries(
      Map.entry("NQ", "Nghị quyết"), Map.entry("CT", "Chỉ thị"), Map.entry("KL", "Kết luận"),
      Map.entry("QĐ", "Quyết định"), Map.entry("HD", "Hướng dẫn"), Map.entry("KH", "Kế hoạch"),
      Map.entry("CTr", "Chương trình"), Map.entry("ĐA", "Đề án"), Map.entry("TB", "Thông báo"),
      Map.entry("BC", "Báo cáo"), Map.entry("NĐ", "Nghị định"), Map.entry("TT", "Thông tư"),
      Map.entry("TTLT", "Thông tư liên tịch"), Map.entry("VBHN", "Văn bản hợp nhất"), Map.entry("CV", "Công văn"),
      Map.entry("L", "Luật"), Map.entry("QC", "Quy chế"), Map.entry("QyĐ", "Quy định"), Map.entry("TTr", "Tờ trình"));
  /** Words that name a type, longest first; "Quy định" of the party is written QĐ in codes. */
  private static final String[][] NAME_TO_TYPE = {
    {"chương trình hành động", "CTr"}, {"thông tư liên tịch", "TTLT"}, {"văn bản hợp nhất", "VBHN"},
    {"nghị quyết", "NQ"}, {"chỉ thị", "CT"}, {"kết luận", "KL"}, {"quyết định", "QĐ"}, {"quy định", "QĐ"},
    {"hướng dẫn", "HD"}, {"kế hoạch", "KH"}, {"chương trình", "CTr"}, {"đề án", "ĐA"}, {"thông báo", "TB"},
    {"nghị định", "NĐ"}, {"thông tư", "TT"}, {"công văn", "CV"}, {"luật", "L"}, {"báo cáo", "BC"}
  };
  private static final Set<String> CENTRAL = Set.of("TW", "BTCTW", "BTGTW", "UBKTTW", "VPTW", "BCT", "BBT");
  private static final Pattern TYPE_WORDS;
  private static final Pattern CENTRAL_ISSUER = Pattern.compile(
      "(?iu)^\\s*,?\\s*(?:của\\s+)?(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Trung ương|Ban Tổ chức Trung ương|Ban Tuyên giáo Trung ương)");
  private static final Pattern TERM = Pattern.compile("(?iu)^[^.;\\n]{0,80}?\\(?\\s*(khóa\\s+[IVXLC]+(?:\\s*,\\s*khóa\\s+[IVXLC]+)*)");
  // matched on lower-cased text: (?i) with Unicode case folding is several times slower
  private static final Pattern PLENUM = Pattern.compile(
      "(nghị quyết (?:hội nghị )?(?:lần thứ )?(?:trung ương|tw|tư))\\s+(\\d{1,2})(?:\\s*\\(?\\s*(khóa\\s+[ivxlc]+(?:\\s*,\\s*khóa\\s+[ivxlc]+)*)\\)?)?");

  static {
    StringBuilder b = new StringBuilder("(?iu)(?<![\\p{L}])(");
    for (int i = 0; i < NAME_TO_TYPE.length; i++) b.append(i > 0 ? "|" : "").append(NAME_TO_TYPE[i][0]);
    TYPE_WORDS = Pattern.compile(b.append(")(?:\\s+(?:của\\s+[^\\d,;.]{1,40}?\\s+)?số)?\\s*$").toString());
  }

  private static final Pattern BARE;
  private static final Pattern ANOTHER_DOCUMENT = Pattern.compile("(?iu)nghị quyết|chỉ thị|kết luận|quy định|hướng dẫn|đại hội");

  static {
    StringBuilder b = new StringBuilder("(?iu)(?<![\\p{L}])(");
    for (int i = 0; i < NAME_TO_TYPE.length; i++) b.append(i > 0 ? "|" : "").append(NAME_TO_TYPE[i][0]);
    b.setLength(0);
    b.append("(?<![\\p{L}])(");
    // not "luật": laws are cited by name, and "kỷ luật 7 tổ chức đảng" is no reference
    boolean firstName = true;
    for (String[] nt : NAME_TO_TYPE) {
      if (nt[0].equals("luật") || nt[0].equals("báo cáo")) continue;
      b.append(firstName ? "" : "|").append(nt[0]);
      firstName = false;
    }
    BARE = Pattern.compile(b.append(")(?:\\s+số)?\\s+(\\d{1,5})(?![\\d/.,]\\d|\\s*[-–]\\s*\\p{L}|/)").toString());
  }

  private ReferenceExtractor() {}

  /** Every reference in {@code text}, in order. Offsets refer to {@code text} as given (normalize first). */
  public static List<Reference> extract(String text) {
    return extract(text, Provinces.mostNamed(text));
  }

  /** As {@link #extract(String)}, with the province the caller has already found for the text (or null). */
  public static List<Reference> extract(String text, String province) {
    List<Reference> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>(); // type + number key → canonical code
    char[] s = text.toCharArray();
    List<int[]> taken = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      if (!Character.isDigit(s[i]) || (i > 0 && Character.isLetterOrDigit(s[i - 1]))) continue;
      int end = DocumentCodes.scan(s, i, s.length);
      if (end < 0) continue;
      StringBuilder canon = new StringBuilder();
      DocumentCodes.canonical(s, i, end, canon);
      if (canon.indexOf("/GP") > 0) { // a licence number (Giấy phép số 136/GP-BTTTT), page footer
        i = end - 1;
        continue;
      }
      Reference r = full(text, i, end, canon.toString(), province);
      out.add(r);
      taken.add(new int[] {r.start(), r.end()});
      seen.putIfAbsent(r.type() + "#" + stripZeros(r.number()), r.code());
      i = end - 1;
    }
    String lower = lowerCase(text);
    Matcher p = PLENUM.matcher(lower);
    while (p.find()) {
      if (overlaps(taken, p.start(), p.end())) continue;
      String term = p.group(3) == null ? termAfter(text, p.end()) : clean(p.group(3));
      out.add(new Reference(null, "NQ", "Nghị quyết Trung ương", null, "TW", null, term,
          Integer.parseInt(p.group(2)), null, text.substring(p.start(), p.end()), p.start(), p.end()));
      taken.add(new int[] {p.start(), p.end()});
    }
    Matcher m = BARE.matcher(lower);
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) continue;
      String type = typeOf(m.group(1));
      String number = m.group(2);
      String code = seen.get(type + "#" + stripZeros(number));
      String issuer = null;
      String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
      Matcher c = CENTRAL_ISSUER.matcher(rest);
      if (c.find()) {
        issuer = c.group(1);
        if (code == null) code = number + "-" + type + "/" + centralCode(issuer);
      }
      if (code != null && issuer == null) issuer = issuerOf(code);
      out.add(new Reference(code, type, TYPE_NAMES.get(type), number, issuer, null,
          termAfter(text, m.end()), null, code != null && !isCentral(code) ? province : null,
          text.substring(m.start(), m.end()), m.start(), m.end()));
    }
    out.sort(java.util.Comparator.comparingInt(Reference::start));
    return out;
  }

  private static Reference full(String text, int start, int end, String code, String province) {
    String type, number, issuer;
    int slash = code.indexOf('/');
    int dash = code.indexOf('-');
    if (dash > 0 && dash < slash) { // party: 22-NQ/TW
      number = code.substring(0, dash);
      type = code.substring(dash + 1, slash);
      issuer = code.substring(slash + 1);
    } else { // state: 19/2019/NĐ-CP, 3745/QĐ-UBND, 23/2003/QH11
      number = code.substring(0, slash);
      String tail = code.substring(code.lastIndexOf('/') + 1);
      int d = tail.indexOf('-');
      String first = d > 0 ? tail.substring(0, d) : tail;
      if (TYPE_NAMES.containsKey(first) || first.equals("TTLT")) {
        type = first;
        issuer = d > 0 ? tail.substring(d + 1) : null;
      } else if (first.matches("QH\\d+")) {
        type = "L";
        issuer = first;
      } else {
        type = "CV";
        issuer = tail;
      }
    }
    // the words before the code: "Nghị quyết số", "Quy định" (the party's QĐ is often a Quy định)
    String before = text.substring(Math.max(0, start - 60), start);
    Matcher w = TYPE_WORDS.matcher(before);
    int from = start;
    String typeName = TYPE_NAMES.get(type);
    if (w.find()) {
      from = start - (before.length() - w.start());
      String named = w.group(1).toLowerCase(Locale.ROOT);
      if (type.equals("CV") || type.equals("L")) {
        // "Nghị quyết số 751/2019/UBTVQH14": the words name the type the code does not
        String t = typeOf(named);
        if (t != null) {
          type = t;
          typeName = TYPE_NAMES.get(t);
        }
      }
      if (named.equals("quy định")) typeName = "Quy định";
      else if (named.startsWith("chương trình hành động")) typeName = "Chương trình hành động";
    }
    String date = null;
    String after = text.substring(end, Math.min(text.length(), end + 40));
    Dates.Match dm = Dates.find(after, 0);
    if (dm != null && after.substring(0, dm.start()).matches("(?iu)\\s*,?\\s*(ngày|ban hành ngày|,)?\\s*")) {
      date = dm.date().toString();
    }
    return new Reference(code, type, typeName, number, issuer, date, termAfter(text, end), null,
        isCentral(code) || code.indexOf('-') > code.indexOf('/') ? null : province,
        text.substring(from, end), from, end);
  }

  /** "(khóa X)" or "khóa XI, khóa XII" shortly after a reference, in the same clause. */
  private static String termAfter(String text, int end) {
    String rest = text.substring(end, Math.min(text.length(), end + 90));
    Matcher t = TERM.matcher(rest);
    if (!t.find()) return null;
    // the term must belong to this reference, not to the next one in the clause
    String between = rest.substring(0, t.start(1));
    if (BARE.matcher(lowerCase(between)).find() || ANOTHER_DOCUMENT.matcher(between).find()) return null;
    return clean(t.group(1));
  }

  private static String clean(String term) {
    return term.replaceAll("(?iu)khóa\\s+", "").replaceAll("\\s*,\\s*", ", ").toUpperCase(Locale.ROOT);
  }

  /** Lower case char by char, so offsets stay those of the text. */
  private static String lowerCase(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
    return new String(c);
  }

  private static String typeOf(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    for (String[] nt : NAME_TO_TYPE) if (nt[0].equals(w)) return nt[1];
    return null;
  }

  private static String centralCode(String issuerName) {
    String n = issuerName.toLowerCase(Locale.ROOT);
    if (n.startsWith("ban tổ chức")) return "BTCTW";
    if (n.startsWith("ban tuyên giáo")) return "BTGTW";
    return "TW";
  }

  /** A party code of a provincial, district or grassroots committee (37-NQ/TU): its province says which one. */
  public static boolean isLocalParty(String code) {
    int dash = code.indexOf('-'), slash = code.indexOf('/');
    return dash > 0 && dash < slash && !isCentral(code);
  }

  private static boolean isCentral(String code) {
    int slash = code.indexOf('/');
    return slash > 0 && code.indexOf('-') < slash && CENTRAL.contains(code.substring(slash + 1));
  }

  private static String issuerOf(String code) {
    int slash = code.lastIndexOf('/');
    int dash = code.indexOf('-');
    if (dash > 0 && dash < slash) return code.substring(slash + 1);
    String tail = code.substring(slash + 1);
    return tail.contains("-") ? tail.substring(tail.indexOf('-') + 1) : tail;
  }

  static String stripZeros(String number) {
    if (number == null) return null;
    String s = number.replaceFirst("^0+(?=\\d)", "");
    return s;
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    for (int[] t : taken) if (start < t[1] && end > t[0]) return true;
    return false;
  }
}
