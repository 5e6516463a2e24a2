package vn.tracuu.search;

import java.io.IOException;
import java.util.List;

/** What the evaluation asks of a backend: the top texts for a query, as a search ranks them. */
public interface Ranker {
  /** A text's id and the score that ranked it. */
  record Ranked(String id, float score) {}

  /** The top {@code n} texts, best first (an article counts as its text, at the rank of its best hit). */
  List<Ranked> ranking(String q, int n) throws IOException;

  /** The ids of {@link #ranking}. */
  default List<String> ids(String q, int n) throws IOException {
    return ranking(q, n).stream().map(Ranked::id).toList();
  }
}
