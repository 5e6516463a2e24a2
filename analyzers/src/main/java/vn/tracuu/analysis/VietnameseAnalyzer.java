package vn.tracuu.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Vietnamese analysis: normalization, syllable tokenizer with whole codes and numbers, lower case, then
 * per {@link View} diacritics kept or folded, abbreviations expanded, or syllable pairs for word-level
 * matching.
 */
public final class VietnameseAnalyzer extends Analyzer {
  /** Which view of the text this analyzer produces. */
  public enum View {
    /** Diacritics kept: {@code đảng ủy}. */
    EXACT,
    /** Diacritics removed: {@code dang uy}, what a query typed without marks meets. */
    FOLDED,
    /** Adjacent syllable pairs with diacritics: {@code đảng_viên}, multi-syllable words matched as words. */
    EXACT_PAIRS,
    /** Adjacent syllable pairs folded: {@code dang_vien}. */
    FOLDED_PAIRS
  }

  private final View view;
  private final boolean indexing;

  /**
   * @param indexing true at index time: expanded abbreviations are flattened into the token stream; false
   *     for queries, which need no expansion since the index holds both forms.
   */
  public VietnameseAnalyzer(View view, boolean indexing) {
    this.view = view;
    this.indexing = indexing;
  }

  public View view() {
    return view;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new VietnameseNormalizationCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new VietnameseNormalizationCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new VietnameseTokenizer();
    TokenStream s = new LowerCaseFilter(source);
    boolean folded = view == View.FOLDED || view == View.FOLDED_PAIRS;
    if (folded) s = new VietnameseFoldingFilter(s);
    if (view == View.EXACT_PAIRS || view == View.FOLDED_PAIRS) {
      ShingleFilter pairs = new ShingleFilter(s, 2, 2);
      pairs.setOutputUnigrams(false);
      pairs.setTokenSeparator("_");
      s = pairs;
    } else if (indexing) {
      // The flat (non-graph) synonym filter: index-time expansion in one pass. The graph filter plus
      // FlattenGraphFilter gave the same index at a third of the whole indexing CPU.
      @SuppressWarnings("deprecation")
      TokenStream flat = new org.apache.lucene.analysis.synonym.SynonymFilter(s, Abbreviations.synonyms(folded), true);
      s = flat;
    }
    return new TokenStreamComponents(source, s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream s = new LowerCaseFilter(in);
    return view == View.FOLDED || view == View.FOLDED_PAIRS ? new VietnameseFoldingFilter(s) : s;
  }
}
