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
    return of(raw, null);
  }

  /**
   * The same, with what is known of the document beyond its text (its date, to read {@code năm nay}); a null
   * context, or a null province in it, takes the province the text names most.
   */
  public static Extraction of(String raw, DocumentContext context) {
    List<int[]> shifts = new ArrayList<>();
    StringBuilder out = new StringBuilder(raw.length());
    VietnameseNormalizer.normalize(raw, out, (offset, diff) -> shifts.add(new int[] {offset, diff}));
    String text = out.toString();
    String province = context != null && context.province() != null ? context.province() : Provinces.mostNamed(text);
    DocumentContext doc = new DocumentContext(context == null ? null : context.published(), province);
    List<Reference> refs = ReferenceExtractor.extract(text, province);
    List<Indicator> inds = IndicatorExtractor.extract(text, doc);
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
      i.add(x.at(raw.substring(s, e), s, e));
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
