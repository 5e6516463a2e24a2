package vn.tracuu.opensearch;

import java.io.Reader;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import vn.tracuu.analysis.VietnameseAbbreviationFilterFactory;
import vn.tracuu.analysis.VietnameseAnalyzer;
import vn.tracuu.analysis.VietnameseAnalyzer.View;
import vn.tracuu.analysis.VietnameseFoldingFilterFactory;
import vn.tracuu.analysis.VietnameseNormalizationCharFilterFactory;
import vn.tracuu.analysis.VietnameseTokenizerFactory;

/**
 * The project's Vietnamese analysis by name in OpenSearch: this class maps names to the analyzers module's
 * components and nothing else. The components are built by their constructors: a plugin installed from its zip
 * cannot look them up by their Lucene SPI names.
 *
 * <p>Analyzers {@code tracuu_exact}, {@code tracuu_folded} (index time: abbreviations expanded into the stream, as
 * the embedded index does), {@code tracuu_exact_search}, {@code tracuu_folded_search} (queries: no expansion, the
 * index holds both forms), {@code tracuu_exact_pairs}, {@code tracuu_folded_pairs} (adjacent syllables as one term);
 * char filter {@code tracuu_normalization}, tokenizer {@code tracuu_tokenizer}, filters {@code tracuu_folding} and
 * {@code tracuu_abbreviation} (a graph: search analyzers only).
 */
public final class TracuuAnalysisPlugin extends Plugin implements AnalysisPlugin {
  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    VietnameseNormalizationCharFilterFactory normalization = new VietnameseNormalizationCharFilterFactory(new java.util.HashMap<>());
    return Map.of("tracuu_normalization", (index, env, name, settings) -> {
      checked(name, settings);
      return new AbstractCharFilterFactory(index, name) {
        @Override
        public Reader create(Reader input) {
          return normalization.create(input);
        }

        @Override
        public Reader normalize(Reader input) {
          return normalization.create(input);
        }
      };
    });
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    VietnameseTokenizerFactory tokenizer = new VietnameseTokenizerFactory(new java.util.HashMap<>());
    return Map.of("tracuu_tokenizer", (index, env, name, settings) -> {
      checked(name, settings);
      return new AbstractTokenizerFactory(index, settings, name) {
        @Override
        public Tokenizer create() {
          return tokenizer.create();
        }
      };
    });
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    VietnameseFoldingFilterFactory folding = new VietnameseFoldingFilterFactory(new java.util.HashMap<>());
    return Map.of(
        "tracuu_folding", filter(folding::create),
        "tracuu_abbreviation", (index, env, name, settings) -> {
          checked(name, settings, "folded");
          var abbreviations = new VietnameseAbbreviationFilterFactory(
              new java.util.HashMap<>(Map.of("folded", String.valueOf(settings.getAsBoolean("folded", false)))));
          return new AbstractTokenFilterFactory(index, name, settings) {
            @Override
            public TokenStream create(TokenStream input) {
              return abbreviations.create(input);
            }
          };
        });
  }

  private static AnalysisProvider<TokenFilterFactory> filter(Function<TokenStream, TokenStream> create) {
    return (index, env, name, settings) -> {
      checked(name, settings);
      return new AbstractTokenFilterFactory(index, name, settings) {
        @Override
        public TokenStream create(TokenStream input) {
          return create.apply(input);
        }

        @Override
        public TokenStream normalize(TokenStream input) {
          return create.apply(input);
        }
      };
    };
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        "tracuu_exact", analyzer(() -> new VietnameseAnalyzer(View.EXACT, true)),
        "tracuu_folded", analyzer(() -> new VietnameseAnalyzer(View.FOLDED, true)),
        "tracuu_exact_search", analyzer(() -> new VietnameseAnalyzer(View.EXACT, false)),
        "tracuu_folded_search", analyzer(() -> new VietnameseAnalyzer(View.FOLDED, false)),
        "tracuu_exact_pairs", analyzer(() -> new VietnameseAnalyzer(View.EXACT_PAIRS, false)),
        "tracuu_folded_pairs", analyzer(() -> new VietnameseAnalyzer(View.FOLDED_PAIRS, false)));
  }

  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(Supplier<Analyzer> build) {
    return (index, env, name, settings) -> {
      checked(name, settings);
      Analyzer analyzer = build.get();
      return new AbstractIndexAnalyzerProvider<Analyzer>(index, name, settings) {
        @Override
        public Analyzer get() {
          return analyzer;
        }
      };
    };
  }

  /**
   * Rejects what a component does not read, as the Lucene factories do; OpenSearch adds {@code type} and, for
   * components named in a mapping without their own settings, the index's {@code index.*} settings.
   */
  private static void checked(String name, Settings settings, String... known) {
    for (String key : settings.keySet()) {
      if (key.equals("type") || key.startsWith("index.") || java.util.Arrays.asList(known).contains(key)) continue;
      throw new IllegalArgumentException("[" + name + "] has no parameter [" + key + "]");
    }
  }
}
