package vn.tracuu.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.DocumentStore;
import vn.tracuu.index.Fields;
import vn.tracuu.index.SourceDocument;
import vn.tracuu.index.TracuuIndex;
import vn.tracuu.io.Json;

/**
 * Writes texts into an index of the cluster, as the embedded index writes them ({@link TracuuIndex#documents}):
 * the same fields, references and articles, in bulk requests of about {@value #BATCH_BYTES} bytes. Ids are the
 * documents' ids, so a rerun updates in place; a copy of a text met earlier in the run (the same words under
 * another id) is indexed once. A document the cluster refuses is reported by {@link #refused()}, the run goes on.
 */
public final class ClusterIndex implements DocumentStore {
  static final int BATCH_BYTES = 4 << 20;
  /** OpenSearch refuses longer ids. */
  private static final int MAX_ID_BYTES = 512;
  private final Cluster cluster;
  private final String index;
  private final StringBuilder batch = new StringBuilder();
  private final List<String> refused = new ArrayList<>();
  private final Map<String, String> hashes = new ConcurrentHashMap<>();

  private ClusterIndex(Cluster cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  /**
   * The index {@code name} of the cluster, created from the project's template (the analyzers of the
   * {@code analysis-tracuu} plugin, {@code shards} primaries with {@code replicas} copies each) if it is not there.
   */
  public static ClusterIndex open(Cluster cluster, String name, int shards, int replicas) throws IOException {
    checkName(name);
    cluster.ok("PUT", "/_index_template/" + name, template(name, shards, replicas));
    if (cluster.send("HEAD", "/" + name, null, null).status() == 404) {
      Cluster.Answer created = cluster.send("PUT", "/" + name, "{}", "application/json");
      if (!created.ok() && !created.body().contains("resource_already_exists_exception")) {
        throw new IOException("không tạo được chỉ mục " + name + ": " + created.body()
            + (created.body().contains("tracuu_") ? " (đã cài plugin analysis-tracuu trên mọi nút chưa?)" : ""));
      }
    }
    return new ClusterIndex(cluster, name);
  }

  /**
   * The index {@code name} as it is, when the cluster has it (its template and settings untouched: an operator may
   * have chosen others); else created as {@link #open(Cluster, String, int, int)} creates it, 3 shards, 1 replica.
   */
  public static ClusterIndex open(Cluster cluster, String name) throws IOException {
    checkName(name);
    if (cluster.send("HEAD", "/" + name, null, null).ok()) return new ClusterIndex(cluster, name);
    return open(cluster, name, 3, 1);
  }

  private static void checkName(String name) {
    if (!name.matches("[a-z0-9][a-z0-9_-]*")) throw new IllegalArgumentException("tên chỉ mục không hợp lệ: " + name + " (chữ thường, số, - và _)");
  }

  static String template(String name, int shards, int replicas) throws IOException {
    try (InputStream in = ClusterIndex.class.getResourceAsStream("template.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"INDEX", "\"" + name)
          .replace("SHARDS", Integer.toString(shards)).replace("REPLICAS", Integer.toString(replicas));
    }
  }

  @Override
  public TracuuIndex.Outcome put(SourceDocument src) throws IOException {
    List<org.apache.lucene.document.Document> block = TracuuIndex.documents(src, AnalyzerChoice.VIETNAMESE);
    String hash = block.get(0).get(Fields.HASH);
    String first = hashes.putIfAbsent(hash, src.id());
    if (first != null && !first.equals(src.id()) && TracuuIndex.isCopy(first, src.id())) return TracuuIndex.Outcome.DUPLICATE;
    StringBuilder lines = new StringBuilder();
    for (Map<String, Object> source : ClusterDocuments.sources(block)) {
      lines.append(Json.write(Map.of("index", Map.of("_index", index, "_id", documentId(ClusterDocuments.id(source)))))).append('\n');
      lines.append(Json.write(source)).append('\n');
    }
    String full = null;
    synchronized (batch) {
      batch.append(lines);
      if (batch.length() >= BATCH_BYTES) {
        full = batch.toString();
        batch.setLength(0);
      }
    }
    if (full != null) send(full);
    return TracuuIndex.Outcome.ADDED;
  }

  /** The cluster's id of a document: its own, or a digest of one too long for OpenSearch. */
  static String documentId(String id) {
    return id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES ? id : "sha256-" + sha256(id);
  }

  private static String sha256(String s) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a bulk request; the items the cluster was too busy for are sent again, the others refused are reported. */
  private void send(String lines) throws IOException {
    String pending = lines;
    for (int attempt = 0; attempt <= Cluster.RETRIES && !pending.isEmpty(); attempt++) {
      if (attempt > 0) pause(attempt);
      JsonNode answer = cluster.ok("POST", "/_bulk", pending);
      if (!answer.path("errors").asBoolean()) return;
      String[] sent = pending.split("\n");
      StringBuilder again = new StringBuilder();
      JsonNode items = answer.get("items");
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i).elements().next();
        int status = item.path("status").asInt();
        if (status / 100 == 2) continue;
        if (status == 429) again.append(sent[2 * i]).append('\n').append(sent[2 * i + 1]).append('\n');
        else {
          synchronized (refused) {
            refused.add(item.path("_id").asText() + ": " + item.path("error").path("reason").asText(item.path("error").toString()));
          }
        }
      }
      pending = again.toString();
    }
    if (!pending.isEmpty()) throw new IOException("cụm OpenSearch quá tải: " + pending.split("\n").length / 2 + " tài liệu chưa ghi được");
  }

  private static void pause(int attempt) throws IOException {
    try {
      Thread.sleep(Math.min(100L << attempt, 5_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("bị ngắt");
    }
  }

  @Override
  public void commit() throws IOException {
    String rest;
    synchronized (batch) {
      rest = batch.toString();
      batch.setLength(0);
    }
    if (!rest.isEmpty()) send(rest);
    cluster.ok("POST", "/" + index + "/_refresh", null);
  }

  @Override
  public List<String> refused() {
    synchronized (refused) {
      List<String> out = List.copyOf(refused);
      refused.clear();
      return out;
    }
  }

  @Override
  public String duplicateOf(String text) throws IOException {
    String hash = TracuuIndex.hash(vn.tracuu.analysis.VietnameseNormalizer.normalize(text));
    JsonNode hits = cluster.ok("POST", "/" + index + "/_search", Map.of("size", 1, "_source", List.of(Fields.ID),
        "query", Map.of("term", Map.of(Fields.HASH, hash)))).path("hits").path("hits");
    return hits.isEmpty() ? null : hits.get(0).path("_source").path(Fields.ID).asText();
  }

  @Override
  public boolean alias(String id, String alias) throws IOException {
    Cluster.Answer got = cluster.send("GET", "/" + index + "/_doc/" + encoded(documentId(id)) + "?_source=" + Fields.ALIASES, null, null);
    if (got.status() == 404) return false;
    if (!got.ok()) throw new IOException("GET " + id + ": " + got.status() + " " + got.body());
    java.util.Set<String> aliases = new java.util.LinkedHashSet<>();
    for (JsonNode a : ClusterSearcher.array(got.json().path("_source").get(Fields.ALIASES))) aliases.add(a.asText());
    if (alias.equals(id) || !aliases.add(alias)) return false;
    cluster.ok("POST", "/" + index + "/_update/" + encoded(documentId(id)), Map.of("doc", Map.of(Fields.ALIASES, List.copyOf(aliases))));
    return true;
  }

  private static String encoded(String id) {
    return java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** How many texts the index holds (their articles are documents of their own). */
  public long count() throws IOException {
    return cluster.ok("POST", "/" + index + "/_count", Map.of("query", Map.of("term", Map.of(Fields.RECORD, TracuuIndex.DOCUMENT))))
        .path("count").asLong();
  }
}
