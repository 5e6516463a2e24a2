package vn.tracuu.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** The tokens of each view of a text, as {@code tracuu analyze} and {@code /api/analyze} show them. */
public final class Analysis {
  /** One token: term, offsets in the original text, position, type. */
  public record Token(String term, int start, int end, int position, String type) {}

  private static final Map<String, VietnameseAnalyzer> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("exact", new VietnameseAnalyzer(VietnameseAnalyzer.View.EXACT, true));
    VIEWS.put("folded", new VietnameseAnalyzer(VietnameseAnalyzer.View.FOLDED, true));
    VIEWS.put("pairs", new VietnameseAnalyzer(VietnameseAnalyzer.View.FOLDED_PAIRS, true));
  }

  private Analysis() {}

  /** Tokens by view name: exact, folded, pairs (index-time chains, so expansions show). */
  public static Map<String, List<Token>> analyze(String text) {
    Map<String, List<Token>> out = new LinkedHashMap<>();
    VIEWS.forEach((name, a) -> out.put(name, tokens(a, text)));
    return out;
  }

  /** The tokens of one chain. */
  public static List<Token> tokens(VietnameseAnalyzer a, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(new Token(term.toString(), off.startOffset(), off.endOffset(), pos, type.type()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
