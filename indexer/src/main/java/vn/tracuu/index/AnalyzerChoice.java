package vn.tracuu.index;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import vn.tracuu.analysis.VietnameseAnalyzer;
import vn.tracuu.analysis.VietnameseAnalyzer.View;

/**
 * The analysis an index is built with: the project's Vietnamese analysis, or one of two baselines for the
 * evaluation: Lucene's StandardAnalyzer, and the ICU tokenizer with ICU folding (what Elasticsearch users pick).
 */
public enum AnalyzerChoice {
  VIETNAMESE, STANDARD, ICU;

  public static AnalyzerChoice parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--analyzer phải là vietnamese, standard hoặc icu, không phải: " + name);
    }
  }

  /** Per-field analyzers for indexing ({@code indexing}) or for queries. */
  public Analyzer perField(boolean indexing) {
    Analyzer exact, folded, pairs;
    switch (this) {
      case VIETNAMESE -> {
        exact = new VietnameseAnalyzer(View.EXACT, indexing);
        folded = new VietnameseAnalyzer(View.FOLDED, indexing);
        pairs = new VietnameseAnalyzer(View.FOLDED_PAIRS, indexing);
      }
      case STANDARD -> {
        exact = new StandardAnalyzer();
        folded = exact;
        pairs = exact;
      }
      default -> {
        exact = icu();
        folded = exact;
        pairs = exact;
      }
    }
    return new PerFieldAnalyzerWrapper(exact, Map.of(
        Fields.TITLE_FOLDED, folded, Fields.BODY_FOLDED, folded, Fields.BODY_PAIRS, pairs, Fields.IND_TEXT, folded));
  }

  private static Analyzer icu() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        return new TokenStreamComponents(t, new ICUFoldingFilter(t));
      }
    };
  }
}
