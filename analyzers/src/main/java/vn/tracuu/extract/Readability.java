package vn.tracuu.extract;

import java.util.List;
import java.util.Set;

/**
 * A figure is reported only when its clause says what it measures. Without a subject, with a subject too long to
 * be one thing, or told in the first or second person ("tôi tăng thêm 2kg", "họ tìm được 3 điểm"), a number is
 * part of a story, not a statistic a researcher can put in a table; so is every figure of a sentence someone tells
 * in the first person. So is a count under ten of anything but a
 * party, state or economic unit ("2 người con", "3 nguyên nhân", "4 góc cua"), a small count whose subject is
 * its unit alone ("13 chiếc", "14 người"), a count of places that says where ("tại 30 tỉnh"), or a distance that
 * only says where something is.
 */
final class Readability {
  private static final Set<String> PERSONAL = WordList.set("personal-words.txt");
  private static final Set<String> NARRATOR = WordList.set("narrator-words.txt");
  /** Measure nouns of one word ("giá", "thuế", "lương"): a subject on their own. */
  private static final Set<String> MEASURES = WordList.set("measure-nouns.txt");
  /** Casualty phrases as " tử vong ", to find inside a subject. */
  private static final List<String> CASUALTIES = WordList.phrases("casualty-words.txt").stream()
      .map(p -> " " + String.join(" ", p) + " ").toList();
  /** Below this, a count is a statistic only of a unit in {@code institution-units.txt}, or of casualties. */
  static final int SMALL_COUNT = 10;
  /**
   * Syllables of the longest subject that still names one thing: party reports use phrases such as "tổ chức cơ sở
   * đảng được đánh giá hoàn thành xuất sắc nhiệm vụ" (13); longer ones in news run into the next clause.
   */
  static final int MAX_WORDS = 14;

  private Readability() {}

  /** Whether the subject counts casualties ("người chết", "người bị thương"): a statistic however few. */
  static boolean casualty(String subject) {
    if (subject == null) return false;
    String padded = " " + subject + " ";
    for (String c : CASUALTIES) if (padded.contains(c)) return true;
    return false;
  }

  /** Whether someone tells the sentence in the first person ("anh tôi", "theo tôi"). */
  static boolean narrated(List<Lexer.Tok> t) {
    for (Lexer.Tok k : t) if (k.kind() == Lexer.Kind.WORD && NARRATOR.contains(k.text())) return true;
    return false;
  }

  /**
   * "cách trung tâm quận 1 khoảng 4 km", "ao cách nhà 300 m": a length after "cách" (away from) tells where
   * something is; "khoảng cách", "bằng cách" are other words.
   */
  private static final Set<String> NOT_AWAY = WordList.set("cach-compounds.txt");

  private static boolean locates(String[] words) {
    for (int w = 0; w < words.length; w++) {
      if (words[w].equals("cách") && (w == 0 || !NOT_AWAY.contains(words[w - 1]))) return true;
    }
    return false;
  }

  /** "tại", "ở", "đối với": words after which a count says where something happens. */
  private static final List<String[]> LOCATIVES = WordList.phrases("locative-words.txt");

  /** Whether the figure starting at token j follows a locative word ("tại 30 tỉnh", "đối với 4 tỉnh"). */
  static boolean locatedAt(List<Lexer.Tok> t, int j) {
    return WordList.longestEndingAt(t, j, LOCATIVES) != null;
  }

  /** The words of administrative places ({@code place-levels.tsv}: tỉnh, huyện, xã, ...). */
  private static final Set<String> PLACE_UNITS = WordList.table("place-levels.tsv").keySet().stream()
      .map(words -> String.join(" ", words)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** "tỉnh, thành", "huyện, thị xã": places listed, and nothing else. */
  private static boolean isPlaceList(String subject) {
    for (String part : subject.split(",")) {
      String p = part.strip();
      if (!PLACE_UNITS.contains(p) && !p.equals("thành")) return false; // "thành" for "thành phố" in "tỉnh, thành"
    }
    return true;
  }

  /**
   * @param located whether the figure follows a locative word: "thả nuôi tại 30 tỉnh" counts where, not what
   */
  static boolean reportable(Quantity q, String subject, boolean located) {
    if (subject == null || subject.isBlank()) return false;
    // "thả nuôi tại 30 tỉnh", "tại 193 quốc gia": after a locative word, a count whose subject is its unit alone
    // says where, not what; but a count of party, state or economic units stays one ("sinh hoạt tại 13 đảng bộ
    // cơ sở" counts the party's organisations), administrative places excepted
    boolean unitAlone = subject.equals(q.unit()) || isPlaceList(subject); // "tại 30 tỉnh, thành"
    if (located && unitAlone && (PLACE_UNITS.contains(q.unit()) || !Framing.isInstitution(q.unit()))) return false;
    String[] words = subject.split("[\\s,]+");
    if (words.length > MAX_WORDS) return false;
    for (String w : words) if (PERSONAL.contains(w)) return false;
    if ("length".equals(q.kind()) && locates(words)) return false;
    // "nặng 60kg", "chi 385 tỷ đồng": one word that is no measure noun says nothing of what was measured
    // ("1.320 ha chè": an area of what one word names is an area of that)
    if (words.length == 1 && !"count".equals(q.kind()) && !"percent".equals(q.kind()) && !"area".equals(q.kind())
        && !MEASURES.contains(words[0])) return false;
    if (!"count".equals(q.kind()) || q.unit() == null || Framing.isInstitution(q.unit())) return true;
    if (casualty(subject)) return true;
    return q.top() >= Framing.LARGE_COUNT || q.top() >= SMALL_COUNT && !subject.equals(q.unit());
  }
}
