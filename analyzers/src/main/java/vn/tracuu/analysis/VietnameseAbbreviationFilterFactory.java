package vn.tracuu.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Expands the abbreviations of party and state texts ({@code TCCSĐ}, {@code UBND}, {@code NQ}...) from the
 * bundled {@code abbreviations.txt}; SPI name {@value #NAME}. Parameter {@code folded=true} for a chain
 * that folds diacritics before this filter. At index time, follow it with {@code flattenGraph}.
 */
public final class VietnameseAbbreviationFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseAbbreviation";
  private final boolean folded;

  public VietnameseAbbreviationFilterFactory(Map<String, String> args) {
    super(args);
    folded = getBoolean(args, "folded", false);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For SPI only. */
  public VietnameseAbbreviationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SynonymGraphFilter(input, Abbreviations.synonyms(folded), true);
  }
}
