package vn.tracuu.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import vn.tracuu.analysis.DocumentCodes;
import vn.tracuu.analysis.VietnameseText;
import vn.tracuu.extract.Indicator;
import vn.tracuu.index.Fields;
import vn.tracuu.io.Json;

/** The Lucene documents of a text's indicators: one a row, filterable and groupable on its own. */
public final class IndicatorDocuments {
  public static final String RECORD = "indicator";

  private IndicatorDocuments() {}

  /** The rows of one text, with its provenance; {@code codes} are the codes the text cites. */
  public static List<Document> of(String owner, String title, String url, String published, String source,
      List<Indicator> indicators, Collection<String> codes) {
    List<Document> out = new ArrayList<>(indicators.size());
    String meta = Json.write(Map.of("document", owner, "title", title == null ? "" : title, "url", url == null ? "" : url,
        "published", published == null ? "" : published, "source", source == null ? "" : source));
    for (int n = 0; n < indicators.size(); n++) {
      Indicator i = indicators.get(n);
      Document d = new Document();
      d.add(new StringField(Fields.OWNER, owner, Field.Store.NO));
      d.add(new StringField(Fields.RECORD, RECORD, Field.Store.NO));
      d.add(new StoredField(Fields.IND_JSON, Json.write(i)));
      d.add(new StoredField(Fields.IND_SOURCE, meta));
      if (i.unit() != null) keyword(d, Fields.IND_UNIT, fold(i.unit()), i.unit());
      d.add(new StringField(Fields.IND_KIND, i.kind(), Field.Store.NO));
      if (i.subject() != null) {
        for (String w : words(i.subject())) d.add(new StringField(Fields.IND_SUBJECT_WORD, w, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.IND_SUBJECT, new BytesRef(i.subject())));
      }
      if (i.subjectKey() != null) keyword(d, Fields.IND_KEY, i.subjectKey(), i.subjectKey());
      if (i.place() != null) {
        d.add(new SortedDocValuesField(Fields.IND_PLACE, new BytesRef(i.place().name())));
        d.add(new StringField(Fields.IND_PLACE, fold(i.place().name()), Field.Store.NO));
        if (i.place().province() != null && !i.place().province().equals(i.place().name())) {
          d.add(new StringField(Fields.IND_PLACE, fold(i.place().province()), Field.Store.NO));
        }
      }
      if (i.period() != null) {
        int from = i.period().from() == null ? Integer.MIN_VALUE : month(i.period().from());
        int to = i.period().to() == null ? Integer.MAX_VALUE : month(i.period().to());
        d.add(new IntPoint(Fields.IND_FROM, from));
        d.add(new IntPoint(Fields.IND_TO, to));
        String year = i.period().to() != null ? i.period().to() : i.period().from();
        d.add(new NumericDocValuesField(Fields.IND_YEAR, Integer.parseInt(year.substring(0, 4))));
      }
      d.add(new NumericDocValuesField(Fields.IND_VALUE, NumericUtils.doubleToSortableLong(i.value())));
      keyword(d, Fields.IND_FACT, IndicatorRow.fact(i), IndicatorRow.fact(i));
      for (String code : codes) d.add(new StringField(Fields.IND_REF, DocumentCodes.key(code), Field.Store.NO));
      d.add(new StringField(Fields.IND_PLANNED, Boolean.toString(i.planned()), Field.Store.NO));
      d.add(new TextField(Fields.IND_TEXT, i.sentence(), Field.Store.NO));
      d.add(new SortedDocValuesField(Fields.IND_SORT, new BytesRef(sortKey(owner, i.start(), n))));
      out.add(d);
    }
    return out;
  }

  static String sortKey(String owner, int start, int n) {
    return owner + String.format(Locale.ROOT, "\u0000%010d\u0000%05d", start, n);
  }

  /** Months since year 0: 2023-05 → 2023 * 12 + 4. */
  static int month(String ym) {
    return Integer.parseInt(ym.substring(0, 4)) * 12 + Integer.parseInt(ym.substring(5, 7)) - 1;
  }

  static String fold(String s) {
    return VietnameseText.foldAll(s).toLowerCase(Locale.ROOT).strip();
  }

  static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  private static void keyword(Document d, String field, String indexed, String grouped) {
    d.add(new StringField(field, indexed, Field.Store.NO));
    d.add(new SortedDocValuesField(field, new BytesRef(grouped)));
  }
}
