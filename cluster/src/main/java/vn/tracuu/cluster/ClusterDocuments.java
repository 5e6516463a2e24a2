package vn.tracuu.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import vn.tracuu.index.Fields;

/**
 * The embedded index's Lucene documents as the cluster's JSON sources: one definition of what a text is indexed
 * as ({@link vn.tracuu.index.TracuuIndex#documents}), the fields of {@link Fields} by the same names. A value
 * held twice (as a term and as doc values) is written once; a date is its epoch day, as the embedded range
 * filters ask, with its ISO form stored beside it. Indicator rows are documents of the same index, as embedded.
 */
final class ClusterDocuments {
  /** The suffix of a stored text whose field is numeric ({@code published_stored}). */
  static final String STORED = "_stored";

  private ClusterDocuments() {}

  /** The suffix of the value a row is grouped by beside the folded one it is filtered by ({@code ind_place_group}). */
  static final String GROUP = "_group";
  private static final Set<String> GROUPED = Set.of(Fields.IND_UNIT, Fields.IND_PLACE);

  /** The documents of a block (the text, its articles, its indicator rows), each as its source. */
  static List<Map<String, Object>> sources(List<Document> block) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Document d : block) if (d.get(Fields.RECORD) != null) out.add(source(d));
    return out;
  }

  /** A document's id: a text's or an article's own; an indicator row's, from its text's id and its place in it. */
  static String id(Map<String, Object> source) {
    Object id = source.get(Fields.ID);
    return id != null ? (String) id : "ind:" + ((String) source.get(Fields.IND_SORT)).replace('\u0000', ':');
  }

  static Map<String, Object> source(Document d) {
    Set<String> carried = new HashSet<>(); // names with an indexed or stored field: their doc values repeat them
    for (IndexableField f : d.getFields()) if (primary(f)) carried.add(f.name());
    Map<String, List<Object>> values = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      String name = f.name();
      if (name.startsWith("$")) continue; // facet fields: counted by aggregations in the cluster
      Object v = value(f);
      if (v == null) continue;
      if (!primary(f) && carried.contains(name)) {
        if (!GROUPED.contains(name)) continue;
        name = name + GROUP; // "Yên Bái" grouped, "yen bai" filtered
      }
      if (name.equals(Fields.IND_VALUE)) v = org.apache.lucene.util.NumericUtils.sortableLongToDouble((Long) v);
      if (f.numericValue() == null && isNumeric(d, name)) name = name + STORED; // "2018-07-01" beside day 17713
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v.size() == 1 ? v.get(0) : v));
    if (out.get(Fields.PUBLISHED + STORED) instanceof String day) out.put(Fields.YEAR, day.substring(0, 4)); // the year facet
    return out;
  }

  private static Object value(IndexableField f) {
    Object v = f.numericValue() != null ? f.numericValue() : f.stringValue();
    if (v == null && f.binaryValue() != null) v = f.binaryValue().utf8ToString();
    return v;
  }

  /** Indexed (terms or points) or stored: a field that carries its value, not only its doc values. */
  private static boolean primary(IndexableField f) {
    return f.fieldType().indexOptions() != IndexOptions.NONE || f.fieldType().pointDimensionCount() > 0 || f.fieldType().stored();
  }

  private static boolean isNumeric(Document d, String name) {
    for (IndexableField f : d.getFields(name)) if (f.numericValue() != null) return true;
    return false;
  }
}
