package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.List;
import vn.tracuu.analysis.VietnameseNormalizer;

/** What a text says as data: the documents it cites and the statistics it reports. */
public record Extraction(List<Reference> references, List<Indicator> indicators) {
  /**
   * Normalizes {@code raw}, extracts both, and maps offsets back into {@code raw}: {@code start}, {@code end} and
   * {@code text} are those of the text as given, even where normalization composed marks or dropped characters.
   */
  public static Extraction of(String raw) {
    List<int[]> shifts = new ArrayList<>();
    StringBuilder out = new StringBuilder(raw.length());
    VietnameseNormalizer.normalize(raw, out, (offset, diff) -> shifts.add(new int[] {offset, diff}));
    String text = out.toString();
    List<Reference> refs = ReferenceExtractor.extract(text);
    List<Indicator> inds = IndicatorExtractor.extract(text);
    if (shifts.isEmpty()) return new Extraction(refs, inds);
    List<Reference> r = new ArrayList<>(refs.size());
    for (Reference x : refs) {
      int s = raw(shifts, x.start()), e = raw(shifts, x.end());
      r.add(new Reference(x.code(), x.type(), x.typeName(), x.number(), x.issuer(), x.date(), x.term(), x.plenum(),
          x.province(), raw.substring(s, e), s, e));
    }
    List<Indicator> i = new ArrayList<>(inds.size());
    for (Indicator x : inds) {
      int s = raw(shifts, x.start()), e = raw(shifts, x.end());
      i.add(new Indicator(x.value(), x.unit(), x.kind(), x.subject(), x.of(), x.target(), x.qualifier(), x.change(),
          raw.substring(s, e), s, e, x.sentence()));
    }
    return new Extraction(r, i);
  }

  /** The raw offset of a normalized one: add the shrinkage recorded at or before it. */
  private static int raw(List<int[]> shifts, int offset) {
    int diff = 0;
    for (int[] s : shifts) {
      if (s[0] > offset) break;
      diff = s[1];
    }
    return offset + diff;
  }
}
