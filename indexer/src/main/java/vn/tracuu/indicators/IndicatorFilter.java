package vn.tracuu.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.tracuu.analysis.DocumentCodes;
import vn.tracuu.index.Fields;

/**
 * What a researcher asks of the indicator table; null is no filter.
 *
 * @param q words of the sentence (diacritics optional), all required
 * @param subject words of the subject, all required ({@code kết nạp đảng viên})
 * @param unit the unit as normalized ({@code đảng viên}, {@code %}, {@code VND})
 * @param kind count, percent, ratio, money, area, length, mass, temperature or rate
 * @param place a place name or the province it lies in
 * @param from a year ({@code 2023}) or month ({@code 2023-07}): periods that end on or after it
 * @param to a year or month: periods that begin on or before it
 * @param ref a document code the reporting text cites
 * @param planned true for goals and plans only, false for results only
 */
public record IndicatorFilter(
    String q, String subject, String unit, String kind, String place, String from, String to, String ref, Boolean planned) {
  public static final IndicatorFilter ALL = new IndicatorFilter(null, null, null, null, null, null, null, null, null);

  public IndicatorFilter {
    if (from != null) month(from, true);
    if (to != null) month(to, false);
    if (from != null && to != null && month(from, true) > month(to, false)) throw new IllegalArgumentException("from sau to");
    if (kind != null && !kind.matches("count|percent|ratio|money|area|length|mass|temperature|rate")) {
      throw new IllegalArgumentException("kind phải là count, percent, ratio, money, area, length, mass, temperature hoặc rate");
    }
  }

  /** The Lucene query of the rows that pass; {@code folded} analyzes {@code q} as the sentences were. */
  public Query query(Analyzer folded) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.RECORD, IndicatorDocuments.RECORD)), Occur.FILTER);
    if (q != null) {
      try (TokenStream ts = folded.tokenStream(Fields.IND_TEXT, q)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) b.add(new TermQuery(new Term(Fields.IND_TEXT, term.toString())), Occur.FILTER);
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (subject != null) {
      for (String w : IndicatorDocuments.words(subject)) b.add(new TermQuery(new Term(Fields.IND_SUBJECT_WORD, w)), Occur.FILTER);
    }
    if (unit != null) b.add(new TermQuery(new Term(Fields.IND_UNIT, IndicatorDocuments.fold(unit))), Occur.FILTER);
    if (kind != null) b.add(new TermQuery(new Term(Fields.IND_KIND, kind)), Occur.FILTER);
    if (place != null) b.add(new TermQuery(new Term(Fields.IND_PLACE, IndicatorDocuments.fold(place))), Occur.FILTER);
    if (from != null) b.add(IntPoint.newRangeQuery(Fields.IND_TO, month(from, true), Integer.MAX_VALUE), Occur.FILTER);
    if (to != null) b.add(IntPoint.newRangeQuery(Fields.IND_FROM, Integer.MIN_VALUE, month(to, false)), Occur.FILTER);
    if (ref != null) b.add(new TermQuery(new Term(Fields.IND_REF, DocumentCodes.key(ref))), Occur.FILTER);
    if (planned != null) b.add(new TermQuery(new Term(Fields.IND_PLANNED, planned.toString())), Occur.FILTER);
    return b.build();
  }

  /** A year is its first month as a start, its last as an end. */
  private static int month(String v, boolean start) {
    if (v.matches("\\d{4}")) return IndicatorDocuments.month(v + (start ? "-01" : "-12"));
    if (v.matches("\\d{4}-(0[1-9]|1[0-2])")) return IndicatorDocuments.month(v);
    throw new IllegalArgumentException("from/to phải là năm (2023) hoặc tháng (2023-07): " + v);
  }
}
