package vn.tracuu.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether a figure is told as a statistic, not as a fact of a story. Shares, rates, areas and masses are amounts
 * by nature; a count of a party, state or economic unit ({@code institution-units.txt}) is what reports count. Any
 * other count, money or length is a statistic when it is large (hundreds of a thing; billions of đồng, millions of
 * another currency: a story's sums are what a person earns or pays) or when its sentence frames it: a measure noun
 * in its subject ("tổng số tiền", "lượng mưa"), a scope ("toàn tỉnh", "cả nước"), the time or place it applies to,
 * a limit ("tối đa"), a change, a goal, or a figure before it in the same sentence that was reported. Without one
 * of these, "kiếm được 2.000 USD", "cách nơi gặp nạn 3km" and "24 thí sinh cạnh tranh" belong to the story.
 */
final class Framing {
  private static final Set<String> INSTITUTIONS = WordList.set("institution-units.txt");
  /** Measure nouns as " tổng số ", to find inside a subject. */
  private static final List<String> MEASURES = WordList.phrases("measure-nouns.txt").stream().map(p -> " " + String.join(" ", p) + " ").toList();
  private static final List<String[]> SCOPES = WordList.phrases("scope-phrases.txt");
  private static final Set<String> AMOUNTS = Set.of("percent", "rate", "area", "mass", "temperature", "ratio");
  /** From this many of a thing, a count is an amount whatever the sentence says. */
  static final int LARGE_COUNT = 100;
  private static final double LARGE_VND = 1e9;
  private static final double LARGE_FOREIGN = 1e6;
  /** Under this many kilograms, a mass is a person's or a parcel's unless its subject names a measure. */
  private static final double PERSONAL_KG = 1000;

  private Framing() {}

  static boolean isInstitution(String unit) {
    return unit != null && INSTITUTIONS.contains(unit);
  }

  private static final List<String[]> ACTORS = WordList.phrases("actors.txt");

  /**
   * Token index of the first clause a party or state body opens ("Công an tỉnh đã triệt phá", ", lực lượng chức
   * năng đã bắt giữ"), or the sentence's length: what such a body did is reported, as a scope is.
   */
  static int firstActor(List<Lexer.Tok> t) {
    for (int k = 0; k < t.size(); k++) {
      if ((k == 0 || t.get(k - 1).sym(',')) && WordList.longestAt(t, k, ACTORS) != null) return k;
    }
    return t.size();
  }

  /** Token index of the first scope phrase of a sentence ("toàn tỉnh", "cả nước"), or the sentence's length. */
  static int firstScope(List<Lexer.Tok> t) {
    for (int k = 0; k < t.size(); k++) if (WordList.longestAt(t, k, SCOPES) != null) return k;
    return t.size();
  }

  /**
   * @param subject what the figure measures, as reported
   * @param situated whether the sentence names a time or a place, or a scope before the figure
   * @param related whether a limit, a change, a goal or a share of a plan goes with the figure, or a figure
   *     before it in the sentence was reported
   */
  static boolean framed(Quantity q, String subject, boolean situated, boolean related) {
    // "giảm được 20kg", "bé trai nặng 3,8kg": a few kilograms weigh someone, unless a measure noun says what
    if ("mass".equals(q.kind()) && "kg".equals(q.unit()) && q.top() < PERSONAL_KG) return measured(subject);
    if (AMOUNTS.contains(q.kind()) || "count".equals(q.kind()) && isInstitution(q.unit())) return true;
    if (situated || related || Readability.casualty(subject)) return true;
    if ("count".equals(q.kind()) && q.top() >= LARGE_COUNT) return true;
    if ("money".equals(q.kind()) && q.top() >= ("VND".equals(q.unit()) ? LARGE_VND : LARGE_FOREIGN)) return true;
    return measured(subject);
  }

  /** Whether a measure noun stands in the subject ("tổng số tiền", "sản lượng"). */
  private static boolean measured(String subject) {
    String padded = " " + subject.replace(",", " , ") + " ";
    for (String m : MEASURES) if (padded.contains(m)) return true;
    return false;
  }
}
