package vn.tracuu.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search, as {@code /api/search} and {@code tracuu search --json} give it; {@code relaxed} when no
 * text matched the query as written and the hits are those of the query without its quotes, or missing one word;
 * then {@code didYouMean} is the query with each word no text contains replaced by the nearest one that some do
 * ({@code ket nap dang vein} → {@code ket nap dang vien}), or null.
 */
public record SearchResult(long total, long tookMs, List<Hit> hits, Map<String, Map<String, Integer>> facets, boolean relaxed,
    String didYouMean) {
  /** Answers are kept and shared between requests ({@link Searcher#search}): none may change one. */
  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(facets);
  }

  /** The answer without a suggestion. */
  public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, Map<String, Integer>> facets, boolean relaxed) {
    this(total, tookMs, hits, facets, relaxed, null);
  }

  /** This answer as the answer to the query typed: the time of every attempt, whether it was relaxed, a suggestion. */
  public SearchResult answering(long tookMs, String didYouMean, boolean relaxed) {
    return new SearchResult(total, tookMs, hits, facets, relaxed, didYouMean);
  }

  /**
   * One document found; the snippet is HTML-escaped text with {@code <mark>} around matched words. An article of
   * a larger text ({@code 19/2019/NĐ-CP@4}) names that text in {@code partOf}; a text and its articles are one hit,
   * the best ranked of them. {@code copies}: how many other ids the same text was met under (a story republished),
   * all collapsed into this hit.
   */
  public record Hit(String id, String title, String url, String source, String published, String type, float score,
      String snippet, List<String> references, String partOf, int copies) {}
}
