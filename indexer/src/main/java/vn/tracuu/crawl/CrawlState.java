package vn.tracuu.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The crawl's frontier and fetch state, saved under the index directory right after each index commit
 * (written to a temporary file, then moved into place atomically), so a killed crawl resumes where its last
 * commit left it.
 */
final class CrawlState {
  /** A URL waiting to be fetched, at its link depth from a seed. */
  record Queued(String url, int depth) {}

  /** What the last fetch of a URL returned, for conditional recrawls. */
  record Fetched(String etag, String lastModified, String id, long simhash) {}

  final Deque<Queued> queue = new ArrayDeque<>();
  final Set<String> seen = new LinkedHashSet<>();
  final Map<String, Fetched> fetched = new LinkedHashMap<>();
  /** Duplicate or near-duplicate URL → the id of the document indexed for it. */
  final Map<String, String> aliases = new LinkedHashMap<>();

  private static final ObjectMapper JSON = new ObjectMapper();

  record Saved(List<Queued> queue, List<String> seen, Map<String, Fetched> fetched, Map<String, String> aliases) {}

  static CrawlState load(Path file) throws IOException {
    CrawlState s = new CrawlState();
    if (!Files.exists(file)) return s;
    Saved saved = JSON.readValue(file.toFile(), Saved.class);
    s.queue.addAll(saved.queue());
    s.seen.addAll(saved.seen());
    s.fetched.putAll(saved.fetched());
    s.aliases.putAll(saved.aliases());
    return s;
  }

  void save(Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), new Saved(new ArrayList<>(queue), new ArrayList<>(seen), fetched, aliases));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  boolean enqueue(String url, int depth) {
    if (!seen.add(url)) return false;
    queue.add(new Queued(url, depth));
    return true;
  }
}
