package vn.tracuu.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tracuu.analysis.VietnameseNormalizer;
import vn.tracuu.index.Inputs;
import vn.tracuu.index.SourceDocument;

/**
 * Judges documents by the written rule of each topic, independently of any analyzer: so anyone can check a
 * judgment by reading the document.
 *
 * <ul>
 *   <li>{@code phrase:a|b}: the text (lower case, one tone placement, punctuation as space) contains one of the
 *       phrases. Grade 2 if the title does or the body does at least twice; grade 1 if once.
 *   <li>{@code code:N-T/I}: the code written in any form ({@code 05-CT/TW}, {@code 5 - CT/TƯ}). Grade 2 if in
 *       the title or written at least twice, or once together with the bare form ({@code Chỉ thị 05}); grade 1
 *       if once, or if only the bare form appears with its issuer ({@code Chỉ thị 05 của Bộ Chính trị}).
 * </ul>
 */
public final class Judge {
  private record Rule(String topic, List<String> phrases, Pattern code, Pattern bare, Pattern bareWithIssuer) {}

  private static final Map<String, String> TYPE_WORDS = Map.of(
      "NQ", "nghị quyết", "CT", "chỉ thị", "QĐ", "(?:quy định|quyết định)", "KL", "kết luận", "HD", "hướng dẫn", "KH", "kế hoạch");

  private Judge() {}

  /** Writes {@code topic TAB id TAB grade} lines for every judged document. */
  public static int write(Map<String, Topics.Topic> topics, List<Path> inputs, Path out) throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (Topics.Topic t : topics.values()) rules.add(rule(t));
    Map<String, Map<String, Integer>> judged = new TreeMap<>();
    Inputs.read(inputs, n -> {}, d -> judge(rules, d, judged), (where, e) -> {});
    int n = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# topic\tdocument\tgrade — written by `tracuu eval --judge` from topics.tsv; rules in Judge.java\n");
      for (Topics.Topic t : topics.values()) {
        for (var e : judged.getOrDefault(t.id(), Map.of()).entrySet()) {
          w.write(t.id() + "\t" + e.getKey() + "\t" + e.getValue() + "\n");
          n++;
        }
      }
    }
    return n;
  }

  static String clean(String s) {
    return VietnameseNormalizer.normalize(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}/-]+", " ").strip();
  }

  private static Rule rule(Topics.Topic t) {
    if (t.rule().startsWith("phrase:")) {
      List<String> phrases = new ArrayList<>();
      for (String p : t.rule().substring(7).split("\\|")) phrases.add(" " + clean(p) + " ");
      return new Rule(t.id(), phrases, null, null, null);
    }
    Matcher m = Pattern.compile("code:(\\d+)-(\\p{L}+)/(\\p{L}+)").matcher(t.rule());
    if (!m.matches()) throw new IllegalArgumentException("rule: " + t.rule());
    String n = m.group(1), type = m.group(2), issuer = m.group(3);
    String iss = issuer.equals("TW") ? "(?:tw|tư)" : issuer.toLowerCase(Locale.ROOT);
    Pattern code = Pattern.compile("(?<!\\d)0*" + n + "\\s*-\\s*" + type.toLowerCase(Locale.ROOT) + "\\s*/\\s*" + iss + "(?!\\p{L})");
    String words = TYPE_WORDS.getOrDefault(type, type.toLowerCase(Locale.ROOT));
    Pattern bare = Pattern.compile(words + "\\s+(?:số\\s+)?0*" + n + "(?![\\d/-])");
    Pattern withIssuer = Pattern.compile(words + "\\s+(?:số\\s+)?0*" + n + "\\s+của\\s+(?:bộ chính trị|ban bí thư|ban chấp hành trung ương|trung ương)");
    return new Rule(t.id(), null, code, bare, withIssuer);
  }

  private static void judge(List<Rule> rules, SourceDocument d, Map<String, Map<String, Integer>> out) {
    String title = d.title() == null ? "" : " " + clean(d.title()) + " ";
    String body = " " + clean(d.text()) + " ";
    String rawTitle = d.title() == null ? "" : VietnameseNormalizer.normalize(d.title()).toLowerCase(Locale.ROOT);
    String rawBody = VietnameseNormalizer.normalize(d.text()).toLowerCase(Locale.ROOT);
    for (Rule r : rules) {
      int grade;
      if (r.phrases() != null) {
        int count = 0;
        boolean inTitle = false;
        for (String p : r.phrases()) {
          inTitle |= title.contains(p);
          for (int i = body.indexOf(p); i >= 0; i = body.indexOf(p, i + 1)) count++;
        }
        grade = inTitle || count >= 2 ? 2 : count == 1 ? 1 : 0;
      } else {
        int codes = count(r.code(), rawBody);
        boolean inTitle = r.code().matcher(rawTitle).find();
        int bare = count(r.bare(), rawBody);
        boolean issuer = r.bareWithIssuer().matcher(rawBody).find();
        grade = inTitle || codes >= 2 || (codes == 1 && bare > 0) ? 2 : codes == 1 || issuer ? 1 : 0;
      }
      if (grade > 0) out.computeIfAbsent(r.topic(), k -> new TreeMap<>()).put(d.id(), grade);
    }
  }

  private static int count(Pattern p, String s) {
    int n = 0;
    for (Matcher m = p.matcher(s); m.find(); ) n++;
    return n;
  }
}
