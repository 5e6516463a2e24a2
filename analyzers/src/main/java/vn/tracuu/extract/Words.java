package vn.tracuu.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tracuu.analysis.VietnameseNormalizer;

/**
 * Vietnamese words of one to four syllables ({@code words.txt}, built by {@code scripts/make-words.py} from counts
 * over legal texts and news: syllables that stand together, and what follows numbers), to find where a
 * multi-syllable noun after a number ends: {@code 300 khẩu súng}, {@code 158 bãi đỗ xe}.
 */
final class Words {
  private static volatile Set<String> words;

  private Words() {}

  /** End (exclusive) of the longest dictionary word of word tokens starting at {@code j}, or j if none. */
  static int longestAt(List<Lexer.Tok> t, int j, int maxSyllables) {
    Set<String> dict = words();
    StringBuilder b = new StringBuilder();
    int best = j;
    for (int k = j; k < t.size() && k < j + maxSyllables && t.get(k).kind() == Lexer.Kind.WORD; k++) {
      if (k > j) b.append(' ');
      b.append(t.get(k).text());
      if (dict.contains(b.toString())) best = k + 1;
    }
    return best;
  }

  private static Set<String> words() {
    if (words == null) {
      synchronized (Words.class) {
        if (words == null) words = load();
      }
    }
    return words;
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>(100_000);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Words.class.getResourceAsStream("words.txt"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty()) out.add(VietnameseNormalizer.normalize(w).toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
