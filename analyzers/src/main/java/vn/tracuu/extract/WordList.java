package vn.tracuu.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tracuu.analysis.VietnameseNormalizer;

/**
 * The word lists of extraction, kept as resource files ({@code lists/*.txt}, {@code *.tsv}) the way Lucene keeps
 * stopwords: one entry a line, {@code #} comments, normalized and lower-cased on load.
 */
final class WordList {
  private WordList() {}

  /** Single words and phrases as a set of strings ("đạt được"). */
  static Set<String> set(String name) {
    return new HashSet<>(lines(name));
  }

  /** Phrases split into lexer words, longest first; a comma is a word of its own. */
  static List<String[]> phrases(String name) {
    List<String[]> out = new ArrayList<>();
    for (String l : lines(name)) out.add(l.replace(",", " ,").split("\\s+"));
    out.sort(Comparator.comparingInt((String[] p) -> -p.length));
    return out;
  }

  /** Two-column lists: first column to second, longest phrase first. */
  static Map<String[], String> table(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String l : lines(name)) rows.add(l.split("\t"));
    rows.sort(Comparator.comparingInt((String[] r) -> -r[0].split("\\s+").length));
    Map<String[], String> out = new LinkedHashMap<>();
    for (String[] r : rows) out.put(r[0].split("\\s+"), r.length > 1 ? r[1].strip() : "");
    return out;
  }

  /** The raw rows of a tab-separated list, case kept. */
  static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    for (String l : read(name, false)) out.add(l.split("\t", -1));
    return out;
  }

  /** The lines of a list as written, capitals kept ("kWh"). */
  static List<String> asWritten(String name) {
    return read(name, false);
  }

  private static List<String> lines(String name) {
    return read(name, true);
  }

  private static List<String> read(String name, boolean lower) {
    List<String> out = new ArrayList<>();
    try (InputStream in = WordList.class.getResourceAsStream("lists/" + name)) {
      if (in == null) throw new IllegalStateException("missing word list " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String l = VietnameseNormalizer.normalize(line.strip());
        out.add(lower ? l.toLowerCase(Locale.ROOT) : l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Whether the words of {@code p} stand at token {@code j}. */
  static boolean at(List<Lexer.Tok> t, int j, String[] p) {
    if (j < 0 || j + p.length > t.size()) return false;
    for (int w = 0; w < p.length; w++) {
      Lexer.Tok k = t.get(j + w);
      if (p[w].equals(",") ? !k.sym(',') : !k.word(p[w])) return false;
    }
    return true;
  }

  /** Whether the words of {@code p} end just before token {@code end}. */
  static boolean endsAt(List<Lexer.Tok> t, int end, String[] p) {
    return at(t, end - p.length, p);
  }

  /** The longest phrase of the list at token j, or null. */
  static String[] longestAt(List<Lexer.Tok> t, int j, List<String[]> list) {
    for (String[] p : list) if (at(t, j, p)) return p;
    return null;
  }

  /** The longest phrase of the list ending just before token end, or null. */
  static String[] longestEndingAt(List<Lexer.Tok> t, int end, List<String[]> list) {
    for (String[] p : list) if (endsAt(t, end, p)) return p;
    return null;
  }
}
