package vn.tracuu.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import vn.tracuu.indicators.IndicatorTable;

/**
 * What the API and the CLI read: the embedded index ({@link Searcher}) or an index of an OpenSearch cluster
 * ({@code vn.tracuu.cluster.ClusterSearcher}), which answer the same requests with the same ranking.
 */
public interface Backend extends Ranker, Closeable {
  /** How many texts the index holds (their articles and indicator rows are not counted). */
  int size();

  /** A page of hits with snippets, facets of every matching text, and a suggestion when the query was relaxed. */
  SearchResult search(SearchRequest r);

  /** The stored fields of the text (or article) with this id, or null. */
  Document stored(String id) throws IOException;

  /** Every cited code with how many texts cite it, most cited first. */
  Map<String, Integer> references();

  /** {@link #references()} by code key: "5-CT/TW" counts the texts citing 05-CT/TW and 5-CT/TW alike. */
  default Map<String, Integer> referencesByKey() {
    Map<String, Integer> out = new java.util.HashMap<>();
    references().forEach((c, n) -> out.merge(vn.tracuu.analysis.DocumentCodes.key(c), n, Integer::sum));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The table of the indicator rows of the index. */
  IndicatorTable indicators();

  /** Id and title of the top texts for a query, ranked as a search ranks them (for suggestions). */
  List<String[]> titles(String q, int n) throws IOException;

  /**
   * How the texts that cite a code (its {@link vn.tracuu.analysis.DocumentCodes#key}) spread over time and place:
   * counts by month of publication ("2018-07") and by the province each text names most ({@code month},
   * {@code province}); at most {@code cap} texts are read.
   */
  Map<String, Map<String, Integer>> citingBy(String key, int cap) throws IOException;

  /** The newest texts citing a code (its key), newest first: id, title and date of each. */
  List<String[]> newestCiting(String key, int n) throws IOException;
}
