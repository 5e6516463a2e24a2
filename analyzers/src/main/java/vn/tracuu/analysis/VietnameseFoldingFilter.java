package vn.tracuu.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Removes every diacritic in place, {@code đ} → {@code d}: the view a query typed without marks searches. */
public final class VietnameseFoldingFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public VietnameseFoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws java.io.IOException {
    if (!input.incrementToken()) return false;
    char[] b = termAtt.buffer();
    for (int i = 0, n = termAtt.length(); i < n; i++) b[i] = VietnameseText.fold(b[i]);
    return true;
  }
}
