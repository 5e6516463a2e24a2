package vn.tracuu.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory for {@link VietnameseNormalizationCharFilter}; SPI name {@value #NAME}. */
public final class VietnameseNormalizationCharFilterFactory extends CharFilterFactory {
  public static final String NAME = "vietnameseNormalization";

  public VietnameseNormalizationCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For SPI only. */
  public VietnameseNormalizationCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new VietnameseNormalizationCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
