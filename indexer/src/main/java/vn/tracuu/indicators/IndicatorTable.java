package vn.tracuu.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import vn.tracuu.extract.Indicator;
import vn.tracuu.index.Fields;
import vn.tracuu.io.Json;

/**
 * The researchers' table over the whole index: every indicator row that passes a filter, page by page in a
 * stable order (a cursor survives commits), and groups by place, year, subject or unit with count, distinct facts,
 * sum, min, max, median (over distinct facts: a figure several texts report is counted once) and their sources.
 */
public final class IndicatorTable {
  public static final int MAX_LIMIT = 1000;
  private static final Sort ORDER = new Sort(new SortField(Fields.IND_SORT, SortField.Type.STRING));
  private static final int MAX_DUPLICATES = 20;
  private static final int MAX_SOURCES = 10;
  private final IndexSearcher searcher;
  private final Analyzer folded;

  /** A page of rows: how many pass in all, these rows, and the cursor of the next page (null on the last). */
  public record Page(long total, List<IndicatorRow> rows, String next) {}

  /** One group of a summary. */
  public record Group(String key, String label, long count, long facts, double sum, double min, double max, double median,
      List<String> units, List<String> sources) {}

  public IndicatorTable(IndexSearcher searcher, Analyzer folded) {
    this.searcher = searcher;
    this.folded = folded;
  }

  public Page page(IndicatorFilter f, int limit, String cursor) {
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit phải từ 1 đến " + MAX_LIMIT);
    try {
      Query q = f.query(folded);
      long total = searcher.count(q);
      TopDocs top = cursor == null ? searcher.search(q, limit, ORDER)
          // just past the last key of the previous page: the keys are unique and never contain \u0001
          : searcher.searchAfter(new FieldDoc(0, Float.NaN, new Object[] {new BytesRef(decode(cursor) + "\u0001")}), q, limit, ORDER);
      List<IndicatorRow> rows = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) rows.add(row(sd.doc, true));
      String next = null;
      if (top.scoreDocs.length == limit) {
        BytesRef last = (BytesRef) ((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]).fields[0];
        if (searcher.searchAfter((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1], q, 1, ORDER).scoreDocs.length > 0) {
          next = Base64.getUrlEncoder().withoutPadding().encodeToString(last.utf8ToString().getBytes(StandardCharsets.UTF_8));
        }
      }
      return new Page(total, rows, next);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row that passes, in order, without duplicates lists (for CSV exports of any size). */
  public long forEach(IndicatorFilter f, Consumer<IndicatorRow> sink) {
    long n = 0;
    String cursor = null;
    do {
      Page p = page(f, MAX_LIMIT, cursor);
      for (IndicatorRow r : p.rows()) sink.accept(r);
      n += p.rows().size();
      cursor = p.next();
    } while (cursor != null);
    return n;
  }

  /** Groups of the rows that pass, largest first; {@code by} is place, year, subject or unit. */
  public List<Group> summary(IndicatorFilter f, String by, int limit) {
    String field = switch (by) {
      case "place" -> Fields.IND_PLACE;
      case "year" -> Fields.IND_YEAR;
      case "subject" -> Fields.IND_KEY;
      case "unit" -> Fields.IND_UNIT;
      default -> throw new IllegalArgumentException("by phải là place, year, subject hoặc unit");
    };
    Map<String, Acc> groups = new HashMap<>();
    try {
      Query q = searcher.rewrite(f.query(folded));
      Weight w = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer s = w.scorer(leaf);
        if (s == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        boolean numeric = field.equals(Fields.IND_YEAR);
        NumericDocValues years = numeric ? DocValues.getNumeric(leaf.reader(), field) : null;
        SortedDocValues keys = numeric ? null : DocValues.getSorted(leaf.reader(), field);
        SortedDocValues facts = DocValues.getSorted(leaf.reader(), Fields.IND_FACT);
        SortedDocValues units = DocValues.getSorted(leaf.reader(), Fields.IND_UNIT);
        SortedDocValues subjects = DocValues.getSorted(leaf.reader(), Fields.IND_SUBJECT);
        SortedDocValues order = DocValues.getSorted(leaf.reader(), Fields.IND_SORT);
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), Fields.IND_VALUE);
        DocIdSetIterator it = s.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          String key;
          if (numeric) key = years.advanceExact(doc) ? Long.toString(years.longValue()) : null;
          else key = keys.advanceExact(doc) ? keys.lookupOrd(keys.ordValue()).utf8ToString() : null;
          if (key == null) continue;
          Acc a = groups.computeIfAbsent(key, k -> new Acc());
          a.count++;
          String fact = facts.advanceExact(doc) ? facts.lookupOrd(facts.ordValue()).utf8ToString() : Integer.toString(doc);
          double v = values.advanceExact(doc) ? NumericUtils.sortableLongToDouble(values.longValue()) : Double.NaN;
          a.facts.putIfAbsent(fact, v);
          if (units.advanceExact(doc)) a.units.add(units.lookupOrd(units.ordValue()).utf8ToString());
          if (subjects.advanceExact(doc)) a.labels.merge(subjects.lookupOrd(subjects.ordValue()).utf8ToString(), 1, Integer::sum);
          if (a.sources.size() < MAX_SOURCES && order.advanceExact(doc)) {
            String o = order.lookupOrd(order.ordValue()).utf8ToString();
            a.sources.add(o.substring(0, o.indexOf('\u0000')));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Group> out = new ArrayList<>();
    for (var e : groups.entrySet()) out.add(e.getValue().group(e.getKey(), by.equals("subject")));
    out.sort(Comparator.comparingLong(Group::count).reversed().thenComparing(Group::key));
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  /** The rows reporting the same fact as this one, other than its own text. */
  private List<String> duplicates(String fact, String owner) throws IOException {
    TopDocs same = searcher.search(new TermQuery(new Term(Fields.IND_FACT, fact)), MAX_DUPLICATES + 1);
    Set<String> out = new LinkedHashSet<>();
    for (ScoreDoc sd : same.scoreDocs) {
      String d = Json.MAPPER.readTree(searcher.storedFields().document(sd.doc).get(Fields.IND_SOURCE)).get("document").asText();
      if (!d.equals(owner)) out.add(d);
    }
    return List.copyOf(out);
  }

  private IndicatorRow row(int doc, boolean withDuplicates) throws IOException {
    Document d = searcher.storedFields().document(doc);
    JsonNode meta = Json.MAPPER.readTree(d.get(Fields.IND_SOURCE));
    Indicator i = Json.MAPPER.readValue(d.get(Fields.IND_JSON), Indicator.class);
    String fact = IndicatorRow.fact(i);
    String owner = meta.get("document").asText();
    return new IndicatorRow(owner, blank(meta, "title"), blank(meta, "url"), blank(meta, "published"), blank(meta, "source"), i,
        fact, withDuplicates ? duplicates(fact, owner) : List.of());
  }

  private static String blank(JsonNode meta, String f) {
    String v = meta.path(f).asText("");
    return v.isEmpty() ? null : v;
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cursor không hợp lệ");
    }
  }

  private static final class Acc {
    long count;
    final Map<String, Double> facts = new LinkedHashMap<>();
    final Set<String> units = new java.util.TreeSet<>();
    final Map<String, Integer> labels = new HashMap<>();
    final Set<String> sources = new LinkedHashSet<>();

    Group group(String key, boolean subject) {
      double[] v = facts.values().stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x)).sorted().toArray();
      double sum = 0;
      for (double x : v) sum += x;
      double median = v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      String label = subject ? labels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(key) : key;
      return new Group(key, label, count, facts.size(), sum, v.length == 0 ? Double.NaN : v[0],
          v.length == 0 ? Double.NaN : v[v.length - 1], median, List.copyOf(units), List.copyOf(sources));
    }
  }
}
