package vn.tracuu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

/** Solr and OpenSearch build chains by SPI name: the same chain must come out of names alone. */
class SpiTest {
  @Test
  void factoriesAreFoundByName() {
    assertTrue(CharFilterFactory.availableCharFilters().contains("vietnameseNormalization"));
    assertTrue(TokenizerFactory.availableTokenizers().contains("vietnamese"));
    assertTrue(TokenFilterFactory.availableTokenFilters().containsAll(List.of("vietnameseFolding", "vietnameseAbbreviation")));
    assertEquals(VietnameseTokenizerFactory.class, TokenizerFactory.lookupClass("vietnamese"));
  }

  @Test
  void customAnalyzerByNames() throws Exception {
    var a = CustomAnalyzer.builder()
        .addCharFilter("vietnameseNormalization")
        .withTokenizer("vietnamese")
        .addTokenFilter("lowercase")
        .addTokenFilter("vietnameseFolding")
        .addTokenFilter("vietnameseAbbreviation", "folded", "true")
        .addTokenFilter("flattenGraph")
        .build();
    var terms = TokenStreamAssert.tokens(a, "Ðảng uỷ TCCSĐ").stream().map(TokenStreamAssert.Token::term).toList();
    assertEquals(List.of("dang", "uy", "to", "tccsd", "chuc", "co", "so", "dang"), terms);
  }
}
