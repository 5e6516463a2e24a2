package vn.tracuu.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** The checks of Lucene's BaseTokenStreamTestCase that these tests need, on JUnit 5. */
final class TokenStreamAssert {
  record Token(String term, int start, int end, int posInc, String type) {}

  private TokenStreamAssert() {}

  /** Consumes the stream, checking the TokenStream contract (reset, end, offsets within the text). */
  static List<Token> tokens(Analyzer a, String text) throws IOException {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int lastStart = 0;
      while (ts.incrementToken()) {
        assertTrue(off.startOffset() >= 0 && off.endOffset() <= text.length(), "offsets inside the text");
        assertTrue(off.startOffset() <= off.endOffset(), "start <= end");
        if (inc.getPositionIncrement() > 0) assertTrue(off.startOffset() >= lastStart, "offsets go forward");
        lastStart = off.startOffset();
        out.add(new Token(term.toString(), off.startOffset(), off.endOffset(), inc.getPositionIncrement(), type.type()));
      }
      ts.end();
      assertEquals(text.length(), off.endOffset(), "final offset is the text's length");
    }
    return out;
  }

  static void assertAnalyzesTo(Analyzer a, String text, String[] terms, int[] starts, int[] ends, int[] posIncs)
      throws IOException {
    List<Token> got = tokens(a, text);
    assertArrayEquals(terms, got.stream().map(Token::term).toArray(String[]::new), "terms of " + text);
    if (starts != null) assertArrayEquals(starts, got.stream().mapToInt(Token::start).toArray(), "start offsets");
    if (ends != null) assertArrayEquals(ends, got.stream().mapToInt(Token::end).toArray(), "end offsets");
    if (posIncs != null) assertArrayEquals(posIncs, got.stream().mapToInt(Token::posInc).toArray(), "positions");
  }

  static void assertAnalyzesTo(Analyzer a, String text, String... terms) throws IOException {
    assertAnalyzesTo(a, text, terms, null, null, null);
  }

  /** Reusing the analyzer for a second text gives the same tokens as a fresh one: no state leaks. */
  static void assertReusable(Analyzer a, String first, String second) throws IOException {
    List<Token> before = tokens(a, second);
    tokens(a, first);
    assertEquals(before, tokens(a, second));
    assertFalse(before.isEmpty());
  }
}
