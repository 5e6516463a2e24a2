package vn.tracuu.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * {@link VietnameseNormalizer} as a CharFilter, with offsets corrected back to the original text. Reads its
 * input whole on the first read: the syllable rules need whole words, and documents are small.
 */
public final class VietnameseNormalizationCharFilter extends BaseCharFilter {
  private final StringBuilder raw = new StringBuilder();
  private final StringBuilder normalized = new StringBuilder();
  private final char[] chunk = new char[4096];
  private boolean filled;
  private int pos;

  public VietnameseNormalizationCharFilter(Reader in) {
    super(in);
  }

  private void fill() throws IOException {
    for (int r; (r = input.read(chunk)) != -1; ) raw.append(chunk, 0, r);
    VietnameseNormalizer.normalize(raw, normalized, this::addOffCorrectMap);
    filled = true;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (!filled) fill();
    if (pos >= normalized.length()) return -1;
    int n = Math.min(len, normalized.length() - pos);
    normalized.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }
}
