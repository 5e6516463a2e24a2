package vn.tracuu.extract;

import java.util.List;
import vn.tracuu.analysis.VietnameseNormalizer;

/** What a text says as data: the documents it cites and the statistics it reports. */
public record Extraction(List<Reference> references, List<Indicator> indicators) {
  /** Normalizes {@code raw} and extracts both; offsets refer to the normalized text. */
  public static Extraction of(String raw) {
    String text = VietnameseNormalizer.normalize(raw);
    return new Extraction(ReferenceExtractor.extract(text), IndicatorExtractor.extract(text));
  }
}
