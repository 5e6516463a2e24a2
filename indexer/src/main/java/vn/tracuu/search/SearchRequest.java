package vn.tracuu.search;

/** A search as users ask it; null filters are absent. Years are inclusive. */
public record SearchRequest(
    String q, int limit, int offset, Integer fromYear, Integer toYear, String source, String type, String ref) {
  public static final int MAX_QUERY = 500;
  public static final int MAX_LIMIT = 100;

  public SearchRequest {
    if (q == null) q = "";
    if (q.length() > MAX_QUERY) throw new IllegalArgumentException("q dài quá " + MAX_QUERY + " ký tự");
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit phải từ 1 đến " + MAX_LIMIT);
    if (offset < 0 || offset > 10_000) throw new IllegalArgumentException("offset phải từ 0 đến 10000");
    if (fromYear != null && toYear != null && fromYear > toYear) throw new IllegalArgumentException("from lớn hơn to");
  }

  /** The same request for other words (a relaxed attempt of the query). */
  public SearchRequest withQ(String other) {
    return new SearchRequest(other, limit, offset, fromYear, toYear, source, type, ref);
  }

  public static SearchRequest of(String q, int limit) {
    return new SearchRequest(q, limit, 0, null, null, null, null, null);
  }
}
