package vn.tracuu.api;

import java.util.List;
import java.util.Map;

/** The write operations of the server; the API guards them with the admin key. */
public interface Admin {
  /** Rebuilds the index from its inputs; returns a summary. */
  Map<String, Object> reindex() throws Exception;

  /** Crawls from the seeds into the index; returns the crawl's report. */
  Map<String, Object> crawl(List<String> seeds, int maxPages, double delaySeconds) throws Exception;
}
