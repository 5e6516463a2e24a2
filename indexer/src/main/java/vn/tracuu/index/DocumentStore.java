package vn.tracuu.index;

import java.io.IOException;
import java.util.List;

/**
 * Where {@link IndexJob} and the crawler write: the embedded Lucene index ({@link TracuuIndex}) or a cluster. A document handed
 * to {@link #put} is durable once {@link #commit} returns.
 */
public interface DocumentStore {
  /** Adds or replaces the document with this id. */
  TracuuIndex.Outcome put(SourceDocument src) throws IOException;

  /** The id of the committed text with the same words (after normalization), or null. */
  String duplicateOf(String text) throws IOException;

  /**
   * Records another address of a committed text (a page with the same or nearly the same words, a URL that
   * redirects to it): the text stays one document, a lookup by the alias finds it. False if no text has that id.
   */
  boolean alias(String id, String alias) throws IOException;

  /** Makes everything put so far durable and searchable. */
  void commit() throws IOException;

  /**
   * The documents the store refused since the last call, as "id: reason": a store that writes in batches learns of
   * a refusal only when the batch is sent, after {@link #put} has returned.
   */
  default List<String> refused() {
    return List.of();
  }
}
