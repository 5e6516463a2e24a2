package vn.tracuu.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** Factory for {@link VietnameseTokenizer}; SPI name {@value #NAME}. */
public final class VietnameseTokenizerFactory extends TokenizerFactory {
  public static final String NAME = "vietnamese";

  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For SPI only. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    return new VietnameseTokenizer(factory);
  }
}
