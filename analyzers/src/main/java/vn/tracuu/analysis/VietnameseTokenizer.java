package vn.tracuu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits Vietnamese text into syllables, keeping whole what must not be split:
 *
 * <ul>
 *   <li>document codes, as one canonical token: {@code 22-NQ/TW}, {@code 40 - CT/TW} → {@code 40-CT/TW},
 *       {@code 29-NQ/TƯ} → {@code 29-NQ/TW}, {@code 19/2019/NĐ-CP}, {@code 3745/QĐ-UBND} ({@link #CODE});
 *   <li>numbers, with the thousands dots dropped and the decimal comma kept: {@code 45.239} → {@code 45239},
 *       {@code 97,9} → {@code 97,9}, so that {@code 45.239} and {@code 45239} match each other and {@code 97,9}
 *       matches neither {@code 979} nor {@code 97} ({@link #NUM}); a ratio stays whole: {@code 1.299/2.903} →
 *       {@code 1299/2903};
 *   <li>dates ({@code 23/11/2021}, {@code 15-5-2016}) as written ({@link #DATE}).
 * </ul>
 *
 * Expects text already put in one form by {@link VietnameseNormalizationCharFilter} (dashes as {@code -}).
 * Reads the whole input on reset: codes need look-ahead across spaces and documents are small.
 */
public final class VietnameseTokenizer extends Tokenizer {
  public static final String WORD = "<WORD>";
  public static final String ALNUM = "<ALNUM>";
  public static final String NUM = "<NUM>";
  public static final String DATE = "<DATE>";
  public static final String CODE = "<CODE>";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private char[] buf = new char[4096];
  private int len;
  private int pos;

  public VietnameseTokenizer() {}

  public VietnameseTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    len = 0;
    pos = 0;
    for (int r; (r = input.read(buf, len, buf.length - len)) != -1; ) {
      len += r;
      if (len == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (pos < len && !isWordChar(buf[pos])) pos++;
    if (pos >= len) return false;
    int start = pos;
    int end;
    if (isDigit(buf[start]) && (end = DocumentCodes.scan(buf, start, len)) > 0) {
      DocumentCodes.canonical(buf, start, end, termAtt);
      typeAtt.setType(CODE);
    } else if (isDigit(buf[start])) {
      end = scanNumber(start);
    } else {
      end = start;
      boolean digits = false;
      while (end < len && isWordChar(buf[end])) digits |= isDigit(buf[end++]);
      termAtt.copyBuffer(buf, start, end - start);
      typeAtt.setType(digits ? ALNUM : WORD);
    }
    pos = end;
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    posIncAtt.setPositionIncrement(1);
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(len);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  /** Scans a number, ratio or date at {@code start}; writes its term and type; returns its end. */
  private int scanNumber(int start) {
    int end = numberEnd(start);
    char sep = end + 1 < len && isDigit(buf[end + 1]) ? buf[end] : 0;
    if (sep == '/' || (sep == '-' && isDate(start, end))) {
      int second = numberEnd(end + 1);
      int third = -1;
      if (second + 1 < len && buf[second] == sep && isDigit(buf[second + 1])) third = numberEnd(second + 1);
      termAtt.setEmpty();
      if (third > 0 && isDate(start, end)) {
        termAtt.append(new String(buf, start, third - start).replace('-', '/'));
        typeAtt.setType(DATE);
        return third;
      }
      if (sep == '/') {
        appendNumber(start, end);
        termAtt.append('/');
        appendNumber(end + 1, second);
        typeAtt.setType(NUM);
        return second;
      }
    }
    termAtt.setEmpty();
    appendNumber(start, end);
    typeAtt.setType(NUM);
    return end;
  }

  private boolean isDate(int start, int end) {
    return end - start <= 2;
  }

  /** End of a run of digits joined by single dots and commas: {@code 2.350,5}. */
  private int numberEnd(int i) {
    while (i < len && isDigit(buf[i])) i++;
    while (i + 1 < len && (buf[i] == '.' || buf[i] == ',') && isDigit(buf[i + 1])) {
      i++;
      while (i < len && isDigit(buf[i])) i++;
    }
    return i;
  }

  /** Appends the digits of [start,end), dropping dots that group thousands and keeping the decimal comma. */
  private void appendNumber(int start, int end) {
    boolean thousands = Numbers.hasThousandsDots(buf, start, end);
    for (int i = start; i < end; i++) {
      char c = buf[i];
      if (c == '.' && thousands) continue;
      termAtt.append(c);
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
