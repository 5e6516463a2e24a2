package vn.tracuu.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tracuu.analysis.DocumentCodes;
import vn.tracuu.analysis.VietnameseNormalizer;
import vn.tracuu.analysis.VietnameseText;

/**
 * What a query asks for besides words: document codes, written whole ({@code 05-CT/TW}) or as type and
 * number ({@code chỉ thị 05}, {@code chi thi so 05}, {@code NQ 39}); the user's syntax: quoted phrases,
 * {@code -word}, {@code OR}; and the words that only ask ({@code là gì}, {@code bao nhiêu}; listed in
 * {@code question-words.txt}). Nothing the user types is a syntax error: what does not parse is taken literally.
 */
final class QueryUnderstanding {
  /** A code asked for: full key ({@code 5-CT/TW}) or a type and number prefix ({@code 5-CT/}). */
  record CodeAsked(String key, boolean prefix) {}

  /** One clause: words that must appear together (a phrase) or alone; excluded or not; alternatives. */
  record Clause(List<String> alternatives, boolean phrase, boolean excluded) {}

  private static final Pattern BARE = Pattern.compile(
      "(?<![a-z])(nghi quyet|chi thi|ket luan|quy dinh|quyet dinh|huong dan|ke hoach|thong bao|de an|chuong trinh|"
          + "nghi dinh|thong tu|nq|ct|kl|qd|hd|kh|tb)\\s*(?:so\\s*)?(\\d{1,5})(?![\\d/-])");

  /**
   * A party code typed with its separators swapped, as state codes write them: "05/CT-TW" for 05-CT/TW. Only party
   * types and issuers: "05/CT-TTg" is a real state code (a Prime Minister's directive).
   */
  private static final Pattern SWAPPED = Pattern.compile(
      "(?<![\\d/])(\\d{1,5})\\s*/\\s*(NQ|CT|KL|QĐ|HD|KH|TB|ĐA|CTr|BC|QC)\\s*-\\s*(TW|TƯ|TU|HU|ĐU|QU|ThU|BCT|BBT)(?![\\p{L}\\d/])",
      Pattern.CASE_INSENSITIVE);

  /** "100/2019" typed without its issuer: the state documents numbered so in that year. */
  private static final Pattern NUMBER_YEAR = Pattern.compile("(?<![\\d/])(\\d{1,5})/((?:19|20)\\d{2})(?![\\d])(?!/\\p{L})");

  /** Question phrases, folded and split into words, longest first. */
  private static final List<String[]> ASKING = askingPhrases();

  private QueryUnderstanding() {}

  private static List<String[]> askingPhrases() {
    List<String[]> out = new ArrayList<>();
    for (String line : dataLines("question-words.txt")) out.add(words(line).toArray(String[]::new));
    out.sort((a, b) -> b.length - a.length);
    return out;
  }

  /** The lines of a data file of this package, without blank lines and {@code #} comments. */
  static List<String> dataLines(String name) {
    try (var in = QueryUnderstanding.class.getResourceAsStream(name)) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The words of a clause or a listed phrase as compared: folded, lower case, punctuation as spaces. */
  static List<String> words(String text) {
    String f = VietnameseText.foldAll(VietnameseNormalizer.normalize(text).toLowerCase(Locale.ROOT)).replaceAll("[^\\p{L}\\d]+", " ").strip();
    return f.isEmpty() ? List.of() : List.of(f.split(" "));
  }

  private static String folded(String text) {
    return String.join(" ", words(text));
  }

  /** "Điều 620", "khoản 2 điều 3": the article numbers a query names, with the clauses that name them. */
  record ArticleAsked(int article, int from, int to) {}

  static List<ArticleAsked> articles(List<Clause> clauses) {
    List<ArticleAsked> out = new ArrayList<>();
    for (int i = 0; i + 1 < clauses.size(); i++) {
      Clause c = clauses.get(i), n = clauses.get(i + 1);
      if (c.phrase() || c.excluded() || n.phrase() || n.excluded() || c.alternatives().size() != 1 || n.alternatives().size() != 1) continue;
      String number = folded(n.alternatives().get(0));
      if (folded(c.alternatives().get(0)).equals("dieu") && number.matches("\\d{1,4}")) {
        out.add(new ArticleAsked(Integer.parseInt(number), i, i + 2));
      }
    }
    return out;
  }

  /**
   * The clauses that rank but are never required: the asking, and what names where to look rather than what the
   * text says ("Điều 620", an abbreviation such as "BLDS").
   */
  static boolean[] rankOnly(List<Clause> clauses, List<LawNames.Mention> laws, List<ArticleAsked> articles) {
    boolean[] out = asking(clauses);
    for (LawNames.Mention m : laws) if (m.abbreviation()) for (int i = m.from(); i < m.to(); i++) out[i] = true;
    for (ArticleAsked a : articles) for (int i = a.from(); i < a.to(); i++) out[i] = true;
    return out;
  }

  /**
   * Which clauses only ask ("Việc làm <b>là gì</b>?", "phạt tù <b>bao nhiêu</b> năm"): plain words, not quoted,
   * excluded or alternatives, that make up a phrase of {@code question-words.txt}.
   */
  static boolean[] asking(List<Clause> clauses) {
    boolean[] out = new boolean[clauses.size()];
    String[] plain = new String[clauses.size()]; // each plain clause folded once; null for the others
    for (int i = 0; i < plain.length; i++) {
      Clause c = clauses.get(i);
      if (!c.phrase() && !c.excluded() && c.alternatives().size() == 1) plain[i] = folded(c.alternatives().get(0));
    }
    for (int i = 0; i < clauses.size(); i++) {
      for (String[] p : ASKING) {
        if (i + p.length > clauses.size()) continue;
        boolean match = true;
        for (int k = 0; k < p.length && match; k++) match = p[k].equals(plain[i + k]);
        if (match) {
          for (int k = 0; k < p.length; k++) out[i + k] = true;
          i += p.length - 1;
          break;
        }
      }
    }
    return out;
  }

  static List<CodeAsked> codes(String q) {
    List<CodeAsked> out = new ArrayList<>();
    String norm = SWAPPED.matcher(VietnameseNormalizer.normalize(q)).replaceAll("$1-$2/$3");
    char[] s = norm.toCharArray();
    for (int i = 0; i < s.length; i++) {
      if (!Character.isDigit(s[i]) || (i > 0 && Character.isLetterOrDigit(s[i - 1]))) continue;
      int end = DocumentCodes.scan(s, i, s.length);
      if (end < 0) {
        // lower-case codes typed in a search box: "05-ct/tw"
        String up = norm.substring(i).toUpperCase(Locale.ROOT);
        end = DocumentCodes.scan(up.toCharArray(), 0, up.length());
        if (end > 0) {
          out.add(new CodeAsked(DocumentCodes.key(DocumentCodes.canonical(up.substring(0, end))), false));
          i += end;
        }
        continue;
      }
      StringBuilder b = new StringBuilder();
      DocumentCodes.canonical(s, i, end, b);
      out.add(new CodeAsked(DocumentCodes.key(b.toString()), false));
      i = end;
    }
    Matcher ny = NUMBER_YEAR.matcher(norm);
    while (ny.find()) out.add(new CodeAsked(ny.group(1).replaceFirst("^0+(?=\\d)", "") + "/" + ny.group(2) + "/", true));
    Matcher m = BARE.matcher(VietnameseText.foldAll(norm));
    while (m.find()) {
      String type = switch (m.group(1)) {
        case "nghi quyet", "nq" -> "NQ";
        case "chi thi", "ct" -> "CT";
        case "ket luan", "kl" -> "KL";
        case "quy dinh", "quyet dinh", "qd" -> "QĐ";
        case "huong dan", "hd" -> "HD";
        case "ke hoach", "kh" -> "KH";
        case "thong bao", "tb" -> "TB";
        case "de an" -> "ĐA";
        case "chuong trinh" -> "CTR";
        case "nghi dinh" -> "NĐ";
        default -> "TT";
      };
      String number = m.group(2).replaceFirst("^0+(?=\\d)", "");
      boolean state = type.equals("NĐ") || type.equals("TT");
      String prefix = state ? number + "/" : number + "-" + type + "/";
      if (out.stream().noneMatch(c -> c.key().startsWith(prefix))) out.add(new CodeAsked(prefix, true)); // written in full too
    }
    return out;
  }

  /** Splits the user's syntax into clauses. */
  static List<Clause> clauses(String q) {
    List<Clause> out = new ArrayList<>();
    List<String> pending = null;
    int i = 0, n = q.length();
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean excluded = false;
      if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1)) && (i == 0 || Character.isWhitespace(q.charAt(i - 1)))) {
        excluded = true;
        i++;
        c = q.charAt(i);
      }
      String text;
      boolean phrase = false;
      int close = c == '"' ? q.indexOf('"', i + 1) : -1;
      if (close > i) {
        text = q.substring(i + 1, close);
        phrase = true;
        i = close + 1;
      } else {
        int j = i;
        while (j < n && !Character.isWhitespace(q.charAt(j))) j++;
        text = q.substring(i, j).replace("\"", "");
        i = j;
      }
      if (text.isBlank()) continue;
      if (!phrase && text.equals("OR") && !out.isEmpty()) {
        pending = new ArrayList<>(out.remove(out.size() - 1).alternatives());
        continue;
      }
      if (!phrase && text.equals("AND")) continue;
      if (pending != null && !excluded) {
        pending.add(text);
        out.add(new Clause(pending, phrase, false));
        pending = null;
      } else {
        out.add(new Clause(List.of(text), phrase, excluded));
      }
    }
    return out;
  }
}
