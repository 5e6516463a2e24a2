package vn.tracuu.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** The abbreviation table ({@code abbreviations.txt}, Solr synonym format), parsed once per view. */
final class Abbreviations {
  private static volatile SynonymMap exact;
  private static volatile SynonymMap folded;

  private Abbreviations() {}

  static SynonymMap synonyms(boolean fold) {
    SynonymMap m = fold ? folded : exact;
    if (m == null) {
      synchronized (Abbreviations.class) {
        m = fold ? folded : exact;
        if (m == null) {
          m = parse(fold);
          if (fold) folded = m;
          else exact = m;
        }
      }
    }
    return m;
  }

  private static SynonymMap parse(boolean fold) {
    // Rules are analyzed by the same chain as the text, so "Tổ chức cơ sở đảng" in the file meets the text's tokens.
    Analyzer rules =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new VietnameseTokenizer();
            TokenStream s = new LowerCaseFilter(t);
            if (fold) s = new VietnameseFoldingFilter(s);
            return new TokenStreamComponents(t, s);
          }

          @Override
          protected Reader initReader(String field, Reader reader) {
            return new VietnameseNormalizationCharFilter(reader);
          }
        };
    try (Reader r =
        new InputStreamReader(
            Abbreviations.class.getResourceAsStream("abbreviations.txt"), StandardCharsets.UTF_8)) {
      SolrSynonymParser p = new SolrSynonymParser(true, true, rules);
      p.parse(r);
      return p.build();
    } catch (IOException | java.text.ParseException e) {
      throw new UncheckedIOException(new IOException("abbreviations.txt: " + e.getMessage(), e));
    } finally {
      rules.close();
    }
  }
}
