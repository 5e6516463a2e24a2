package vn.tracuu.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** The {@link IndicatorTable} of an embedded index, whose rows are documents beside their texts'. */
public final class IndexedIndicatorTable implements IndicatorTable {
  private static final Sort ORDER = new Sort(new SortField(Fields.IND_SORT, SortField.Type.STRING));
  private final IndexSearcher searcher;
  private final Analyzer folded;
  private final java.util.function.IntUnaryOperator textOf;

  /** @param textOf the text (its document number) each row of the index belongs to */
  public IndexedIndicatorTable(IndexSearcher searcher, Analyzer folded, java.util.function.IntUnaryOperator textOf) {
    this.searcher = searcher;
    this.folded = folded;
    this.textOf = textOf;
  }

  @Override
  public Page page(IndicatorFilter f, int limit, String cursor) {
    IndicatorTable.checkLimit(limit);
    try {
      Query q = f.query(folded);
      long total = searcher.count(q);
      TopDocs top = cursor == null ? searcher.search(q, limit, ORDER)
          // just past the last key of the previous page: the keys are unique and never contain \u0001
          : searcher.searchAfter(new FieldDoc(0, Float.NaN, new Object[] {new BytesRef(IndicatorTable.after(cursor))}), q, limit, ORDER);
      List<IndicatorRow> rows = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) rows.add(row(sd.doc, true));
      String next = null;
      if (top.scoreDocs.length == limit) {
        BytesRef last = (BytesRef) ((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]).fields[0];
        if (searcher.searchAfter((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1], q, 1, ORDER).scoreDocs.length > 0) {
          next = IndicatorTable.cursor(last.utf8ToString());
        }
      }
      return new Page(total, rows, next);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Group> summary(IndicatorFilter f, String by, int limit) {
    String field = IndicatorTable.groupField(by);
    Map<String, Acc> groups = new HashMap<>();
    boolean numeric = field.equals(Fields.IND_YEAR);
    boolean labelled = by.equals("subject");
    try {
      Query q = searcher.rewrite(f.query(folded));
      Weight w = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer s = w.scorer(leaf);
        if (s == null) continue;
        summarize(leaf, s.iterator(), field, numeric, labelled, textOf, groups);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // only the groups shown are summarized: by subject there are tens of thousands
    List<Map.Entry<String, Acc>> top = new ArrayList<>(groups.entrySet());
    top.sort(Comparator.comparingLong((Map.Entry<String, Acc> e) -> e.getValue().count).reversed()
        .thenComparing(Map.Entry::getKey));
    List<Group> out = new ArrayList<>();
    for (var e : top.subList(0, Math.min(limit, top.size()))) out.add(e.getValue().group(e.getKey(), labelled));
    return out;
  }

  /**
   * One segment of a summary. Works on ordinals and resolves each group's, fact's, unit's and label's text once,
   * not once per row: the whole-index summary touches every row of the index.
   */
  private static void summarize(LeafReaderContext leaf, DocIdSetIterator it, String field, boolean numeric, boolean labelled,
      java.util.function.IntUnaryOperator textOf, Map<String, Acc> groups) throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    NumericDocValues years = numeric ? DocValues.getNumeric(leaf.reader(), field) : null;
    SortedDocValues keys = numeric ? null : DocValues.getSorted(leaf.reader(), field);
    SortedDocValues facts = DocValues.getSorted(leaf.reader(), Fields.IND_FACT);
    SortedDocValues units = DocValues.getSorted(leaf.reader(), Fields.IND_UNIT);
    SortedDocValues subjects = labelled ? DocValues.getSorted(leaf.reader(), Fields.IND_SUBJECT) : null;
    SortedDocValues order = DocValues.getSorted(leaf.reader(), Fields.IND_SORT);
    NumericDocValues values = DocValues.getNumeric(leaf.reader(), Fields.IND_VALUE);
    Acc[] byOrd = numeric ? null : new Acc[keys.getValueCount()];
    Map<Long, Acc> byYear = numeric ? new HashMap<>() : null;
    // a fact belongs to one group (its key is part of the fact), so a fact ordinal seen once is not seen again
    Acc[] factOwner = new Acc[facts.getValueCount()];
    Map<Acc, java.util.BitSet> unitOrds = new HashMap<>();
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if (live != null && !live.get(doc)) continue;
      Acc a;
      if (numeric) {
        if (!years.advanceExact(doc)) continue;
        long y = years.longValue();
        a = byYear.computeIfAbsent(y, k -> groups.computeIfAbsent(Long.toString(k), x -> new Acc()));
      } else {
        if (!keys.advanceExact(doc)) continue;
        int o = keys.ordValue();
        a = byOrd[o];
        if (a == null) a = byOrd[o] = groups.computeIfAbsent(keys.lookupOrd(o).utf8ToString(), x -> new Acc());
      }
      a.count++;
      double v = values.advanceExact(doc) ? NumericUtils.sortableLongToDouble(values.longValue()) : Double.NaN;
      if (facts.advanceExact(doc)) {
        int fo = facts.ordValue();
        if (factOwner[fo] != a) {
          if (factOwner[fo] == null) factOwner[fo] = a;
          a.facts.putIfAbsent(facts.lookupOrd(fo).utf8ToString(), v);
        }
      } else {
        a.facts.put(leaf.docBase + doc + "", v);
      }
      if (units.advanceExact(doc)) {
        java.util.BitSet seen = unitOrds.computeIfAbsent(a, x -> new java.util.BitSet());
        int uo = units.ordValue();
        if (!seen.get(uo)) {
          seen.set(uo);
          a.units.add(units.lookupOrd(uo).utf8ToString());
        }
      }
      if (labelled && subjects.advanceExact(doc)) {
        if (a.labelOrds.isEmpty() || a.labelOrds.get(a.labelOrds.size() - 1).values() != subjects) {
          a.labelOrds.add(new LeafLabels(subjects, new HashMap<>()));
        }
        a.labelOrds.get(a.labelOrds.size() - 1).counts().merge(subjects.ordValue(), 1, Integer::sum);
      }
      if (a.sources.size() < MAX_SOURCES && order.advanceExact(doc)) {
        int text = textOf.applyAsInt(leaf.docBase + doc);
        if (a.sources.stream().noneMatch(o -> o.text() == text)) {
          a.sources.add(new LeafOrd(order, order.ordValue(), text));
        }
      }
    }
  }

  /** The rows reporting the same fact as this one, other than its own text. */
  private List<String> duplicates(String fact, String owner) throws IOException {
    TopDocs same = searcher.search(new TermQuery(new Term(Fields.IND_FACT, fact)), MAX_DUPLICATES + 1);
    Set<String> out = new java.util.TreeSet<>(); // by id: the same list from any backend
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

  private record LeafLabels(SortedDocValues values, Map<Integer, Integer> counts) {}

  /** A row's sort key, by ordinal, and the text (its document number in the index) the row belongs to. */
  private record LeafOrd(SortedDocValues values, int ord, int text) {
    String key() {
      try {
        return values.lookupOrd(ord).utf8ToString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Acc {
    long count;
    final Map<String, Double> facts = new LinkedHashMap<>();
    final Set<String> units = new java.util.TreeSet<>();
    /** Counts of subject ordinals, segment by segment: resolved into text only for the groups shown. */
    final List<LeafLabels> labelOrds = new ArrayList<>();
    /** The first rows of distinct texts, by sort key (whose first part is the text's id): resolved only for the groups shown. */
    final List<LeafOrd> sources = new ArrayList<>();

    private List<String> sources() {
      Set<String> out = new LinkedHashSet<>();
      for (LeafOrd o : sources) {
        String k = o.key();
        out.add(k.substring(0, k.indexOf('\u0000')));
      }
      return List.copyOf(out);
    }

    Group group(String key, boolean subject) {
      Map<String, Integer> labels = new HashMap<>();
      for (LeafLabels l : labelOrds) {
        for (var e : l.counts().entrySet()) {
          try {
            labels.merge(l.values().lookupOrd(e.getKey()).utf8ToString(), e.getValue(), Integer::sum);
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        }
      }
      String label = subject ? labels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(key) : key;
      return Group.of(key, label, count, facts.values(), units, sources());
    }
  }
}
