package vn.tracuu.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.tracuu.analysis.DocumentCodes;
import vn.tracuu.analysis.VietnameseNormalizer;
import vn.tracuu.analysis.VietnameseText;
import vn.tracuu.extract.DocumentContext;
import vn.tracuu.extract.Extraction;
import vn.tracuu.indicators.IndicatorDocuments;
import vn.tracuu.io.Json;
import vn.tracuu.extract.Provinces;
import vn.tracuu.extract.Reference;

/**
 * Writes the Lucene index. A document is replaced by its id, so re-indexing the same input updates in place;
 * commits are Lucene's atomic commits, so a crash leaves the index at its last commit and a rerun finishes the
 * job, skipping documents whose content is already indexed unchanged.
 */
public final class TracuuIndex implements Closeable, DocumentStore {
  /** What happened to one document. */
  public enum Outcome { ADDED, UPDATED, UNCHANGED, DUPLICATE }

  /** The {@link Fields#RECORD} of a text. */
  public static final String DOCUMENT = "document";
  /** The {@link Fields#RECORD} of an article indexed beside its text. */
  public static final String ARTICLE_RECORD = "article";

  public static final FacetsConfig FACETS = facets();
  private static final org.apache.lucene.document.FieldType MENTION = mentionType();
  private static final org.apache.lucene.document.FieldType BODY_WITH_OFFSETS = bodyType();
  /** Syllable pairs are only ever single terms in queries: no positions needed. */
  private static final org.apache.lucene.document.FieldType PAIRS = pairsType();

  private static org.apache.lucene.document.FieldType pairsType() {
    var t = new org.apache.lucene.document.FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private static org.apache.lucene.document.FieldType bodyType() {
    var t = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private static org.apache.lucene.document.FieldType mentionType() {
    var t = new org.apache.lucene.document.FieldType();
    t.setTokenized(false);
    t.setOmitNorms(true);
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private final IndexWriter writer;
  private final AnalyzerChoice analyzer;
  private volatile DirectoryReader committed;
  /** The id of the first text of this run with each content hash. */
  private final Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
  /** Copies met in this run, recorded as aliases of the text they copy at the next commit: holder id → copy ids. */
  private final Map<String, Set<String>> pendingAliases = new java.util.concurrent.ConcurrentHashMap<>();


  private TracuuIndex(IndexWriter writer, AnalyzerChoice analyzer) throws IOException {
    this.writer = writer;
    this.analyzer = analyzer;
    this.committed = DirectoryReader.open(writer);
  }

  public static TracuuIndex open(Path dir, AnalyzerChoice analyzer) throws IOException {
    Directory d = FSDirectory.open(dir);
    IndexWriterConfig c = new IndexWriterConfig(analyzer.perField(true));
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setRAMBufferSizeMB(128);
    c.setCommitOnClose(false); // only explicit commits count: a killed run leaves the last one
    return new TracuuIndex(new IndexWriter(d, c), analyzer);
  }

  private static Document facets(Document d) {
    try {
      return FACETS.build(d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static FacetsConfig facets() {
    FacetsConfig f = new FacetsConfig();
    f.setMultiValued(Fields.REF, true);
    return f;
  }

  @Override
  public Outcome put(SourceDocument src) throws IOException {
    String text = normalized(src);
    String hash = hash(text);
    IndexSearcher s = new IndexSearcher(committed);
    TopDocs existing = s.search(new TermQuery(new Term(Fields.ID, src.id())), 1);
    boolean exists = existing.totalHits.value() > 0;
    // the committed version first: with parallel workers, a copy of this text may reach the in-run map before it
    if (exists && hash.equals(s.storedFields().document(existing.scoreDocs[0].doc).get(Fields.HASH))) {
      return Outcome.UNCHANGED;
    }
    String same = hashes.putIfAbsent(hash, src.id());
    if (same != null && !same.equals(src.id()) && isCopy(same, src.id())) {
      pendingAliases.computeIfAbsent(same, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(src.id());
      return Outcome.DUPLICATE;
    }
    if (!exists && same == null) {
      TopDocs dup = s.search(new TermQuery(new Term(Fields.HASH, hash)), 1);
      if (dup.totalHits.value() > 0) {
        String holder = s.storedFields().document(dup.scoreDocs[0].doc).get(Fields.ID);
        if (isCopy(holder, src.id())) {
          pendingAliases.computeIfAbsent(holder, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(src.id());
          return Outcome.DUPLICATE;
        }
      }
    }
    List<String> aliases = exists ? List.of(s.storedFields().document(existing.scoreDocs[0].doc).getValues(Fields.ALIASES)) : List.of();
    writer.updateDocuments(new Term(Fields.OWNER, src.id()), block(src, text, hash, aliases));
    return exists ? Outcome.UPDATED : Outcome.ADDED;
  }

  /**
   * Whether a text with the same words as another is a copy of it (the same story reached twice, under another
   * headline as often as not) rather than another document that shares its words: an article repeated word for
   * word in another law, named by ids of two different documents.
   */
  public static boolean isCopy(String first, String other) {
    var a = ArticleId.parse(first);
    var b = ArticleId.parse(other);
    return a == null || b == null || a.documentKey().equals(b.documentKey());
  }

  private static String title(SourceDocument src, String text) {
    return src.title() == null || src.title().isBlank() ? firstLine(text) : VietnameseNormalizer.normalize(src.title());
  }

  /** The id of the committed document whose text is this text's, or null. */
  @Override
  public String duplicateOf(String text) throws IOException {
    String hash = hash(VietnameseNormalizer.normalize(text));
    TopDocs dup = new IndexSearcher(committed).search(new TermQuery(new Term(Fields.HASH, hash)), 1);
    return dup.totalHits.value() == 0 ? null : committed.storedFields().document(dup.scoreDocs[0].doc).get(Fields.ID);
  }

  /**
   * Records another address of a committed document: a page with the same or nearly the same text, or a URL
   * that redirects to it. The document is indexed once; its aliases are stored with it.
   */
  @Override
  public boolean alias(String id, String alias) throws IOException {
    return alias(id, List.of(alias));
  }

  private boolean alias(String id, java.util.Collection<String> more) throws IOException {
    IndexSearcher s = new IndexSearcher(committed);
    TopDocs hit = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (hit.totalHits.value() == 0) return false;
    Document stored = s.storedFields().document(hit.scoreDocs[0].doc);
    Set<String> aliases = new LinkedHashSet<>(List.of(stored.getValues(Fields.ALIASES)));
    boolean added = false;
    for (String a : more) added |= !a.equals(id) && aliases.add(a);
    if (!added) return false;
    String published = stored.get(Fields.PUBLISHED);
    SourceDocument src = new SourceDocument(id, stored.get(Fields.TITLE), stored.get(Fields.BODY_FOLDED), stored.get(Fields.URL),
        published == null ? null : java.time.LocalDate.parse(published), stored.get(Fields.SOURCE), stored.get(Fields.TYPE),
        stored.get(Fields.AUTHOR));
    writer.updateDocuments(new Term(Fields.OWNER, id), block(src, src.text(), stored.get(Fields.HASH), List.copyOf(aliases)));
    return true;
  }

  private List<Document> block(SourceDocument src, String text, String hash, List<String> aliases) {
    return block(src, text, hash, aliases, analyzer);
  }

  /**
   * What a source document is indexed as, for a store other than this index (a cluster): the text, its indicator
   * rows and its articles, with the fields of {@link Fields}; no aliases. The text is normalized as {@link #put}
   * normalizes it.
   */
  public static List<Document> documents(SourceDocument src, AnalyzerChoice analyzer) {
    String text = normalized(src);
    return block(src, text, hash(text), List.of(), analyzer);
  }

  private static String normalized(SourceDocument src) {
    return VietnameseNormalizer.normalize(src.text() == null ? "" : src.text());
  }

  /** The text first, then a document for each of its indicators: replaced together by their owner's id. */
  private static List<Document> block(SourceDocument src, String text, String hash, List<String> aliases, AnalyzerChoice analyzer) {
    String province = Provinces.mostNamed(text);
    Extraction x = new Extraction(vn.tracuu.extract.ReferenceExtractor.extract(text, province),
        vn.tracuu.extract.IndicatorExtractor.extract(text, new DocumentContext(src.published(), province)));
    Document d = facets(document(src, text, hash, aliases, province, x, analyzer));
    List<Document> out = new java.util.ArrayList<>(1 + x.indicators().size());
    out.add(d);
    out.addAll(IndicatorDocuments.of(src.id(), d.get(Fields.TITLE), src.url(),
        src.published() == null ? null : src.published().toString(), d.get(Fields.SOURCE), x.indicators(),
        List.of(d.getValues(Fields.REF))));
    out.addAll(articles(src, text, d));
    return out;
  }

  /**
   * The articles of a structured text, each a searchable document {@code <code>@<n>} in the text's block: found
   * by the words of its own article (a question's answer is one article, not a whole law), linked to its text.
   * Texts whose ids already name articles, or without a code of their own, give none.
   */
  private static List<Document> articles(SourceDocument src, String text, Document parent) {
    if (ArticleId.parse(src.id()) != null) return List.of();
    List<Articles.Article> all = Articles.of(text);
    if (all.isEmpty()) return List.of();
    String code = Articles.ownCode(text, parent.get(Fields.TITLE));
    if (code == null) return List.of();
    List<Document> out = new java.util.ArrayList<>(all.size());
    for (Articles.Article a : all) {
      String id = code + "@" + a.number();
      String title = parent.get(Fields.TITLE) + " — Điều " + a.number() + (a.heading().isEmpty() ? "" : ". " + a.heading());
      String body = text.substring(a.start(), a.end());
      Document d = searchable(id, src.id(), ARTICLE_RECORD, title, body);
      d.add(new StringField(Fields.PARENT, src.id(), Field.Store.YES));
      d.add(new SortedDocValuesField(Fields.PARENT, new org.apache.lucene.util.BytesRef(src.id())));
      d.add(new StoredField(Fields.PARENT_START, a.start()));
      d.add(new StoredField(Fields.PARENT_END, a.end()));
      // filters and what a hit shows, as its text has them; no facet counts: those count texts
      for (String f : List.of(Fields.SOURCE, Fields.TYPE)) d.add(new StringField(f, parent.get(f), Field.Store.YES));
      if (src.url() != null) d.add(new StoredField(Fields.URL, src.url()));
      if (src.published() != null) { // a field has one schema in the whole index: the text's three structures
        d.add(new LongPoint(Fields.PUBLISHED, src.published().toEpochDay()));
        d.add(new NumericDocValuesField(Fields.PUBLISHED, src.published().toEpochDay()));
        d.add(new StoredField(Fields.PUBLISHED, src.published().toString()));
      }
      out.add(d);
    }
    return out;
  }

  /**
   * What every searchable record has, a text or one of its articles: its id (also as doc values, for ranked ids
   * without decompressing the stored text), owner and kind, title and body in every view, and for an id that
   * names an article ({@link ArticleId}) its document and number.
   */
  private static Document searchable(String id, String owner, String record, String title, String body) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, id, Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ID, new org.apache.lucene.util.BytesRef(id)));
    d.add(new StringField(Fields.OWNER, owner, Field.Store.NO));
    d.add(new StringField(Fields.RECORD, record, Field.Store.NO));
    d.add(new StoredField(Fields.TITLE, title));
    d.add(new TextField(Fields.TITLE_EXACT, title, Field.Store.NO));
    d.add(new TextField(Fields.TITLE_FOLDED, title, Field.Store.NO));
    d.add(new TextField(Fields.BODY_EXACT, body, Field.Store.NO));
    d.add(new Field(Fields.BODY_FOLDED, body, BODY_WITH_OFFSETS));
    d.add(new Field(Fields.BODY_PAIRS, body, PAIRS));
    ArticleId article = ArticleId.parse(id);
    if (article != null) {
      d.add(new StringField(Fields.PART_OF, article.documentKey(), Field.Store.NO));
      d.add(new StringField(Fields.ARTICLE, article.key(), Field.Store.NO));
      d.add(new StringField(Fields.ARTICLE, ArticleId.anyDocument(article.article()), Field.Store.NO));
    }
    return d;
  }

  private static Document document(SourceDocument src, String text, String hash, List<String> aliases, String province, Extraction x,
      AnalyzerChoice analyzer) {
    String title = title(src, text);
    Document d = searchable(src.id(), src.id(), DOCUMENT, title, text);
    d.add(new StringField(Fields.HASH, hash, Field.Store.YES));
    // a story republished is one hit; two versions of a law (consolidated texts of other years) are two documents
    if (!vn.tracuu.ingest.DocumentType.LEGAL.equals(src.type())) d.add(new NumericDocValuesField(Fields.SIMHASH, SimHash.of(text)));
    if (src.url() != null) d.add(new StoredField(Fields.URL, src.url()));
    if (src.author() != null && !src.author().isBlank()) d.add(new StoredField(Fields.AUTHOR, src.author()));
    Set<String> codes = new LinkedHashSet<>();
    for (Reference r : x.references()) if (r.code() != null) codes.add(r.code());
    for (Reference r : x.references()) {
      if (r.code() != null) d.add(new Field(Fields.REF_MENTIONS, DocumentCodes.key(r.code()), MENTION));
    }
    for (String code : codes) {
      d.add(new StringField(Fields.REF, code, Field.Store.YES));
      d.add(new StringField(Fields.REF_KEY, DocumentCodes.key(code), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(Fields.REF, code));
    }
    if (src.published() != null) {
      long day = src.published().toEpochDay();
      d.add(new LongPoint(Fields.PUBLISHED, day));
      d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
      d.add(new StoredField(Fields.PUBLISHED, src.published().toString()));
      d.add(new SortedSetDocValuesFacetField(Fields.YEAR, Integer.toString(src.published().getYear())));
    }
    String source = src.source() == null ? "khác" : src.source();
    d.add(new StringField(Fields.SOURCE, source, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(Fields.SOURCE, source));
    String type = src.type() == null ? vn.tracuu.ingest.DocumentType.NEWS : src.type();
    d.add(new StringField(Fields.TYPE, type, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(Fields.TYPE, type));
    if (province != null) d.add(new StoredField(Fields.PROVINCE, province));
    d.add(new StoredField(Fields.REFERENCES_JSON, Json.write(x.references())));
    d.add(new StoredField(Fields.INDICATORS_JSON, Json.write(x.indicators())));
    d.add(new StoredField(Fields.ANALYZER, analyzer.name()));
    for (String a : aliases) d.add(new StringField(Fields.ALIASES, a, Field.Store.YES)); // a lookup by any of its ids
    return d;
  }

  /** Makes everything added so far durable and visible, atomically. */
  @Override
  public void commit() throws IOException {
    commitAndReopen();
    // copies become aliases of committed texts; a crash before this commit finds them again on the next run
    if (pendingAliases.isEmpty()) return;
    boolean changed = false;
    for (var e : pendingAliases.entrySet()) changed |= alias(e.getKey(), e.getValue());
    pendingAliases.clear();
    if (changed) commitAndReopen();
  }

  private void commitAndReopen() throws IOException {
    writer.prepareCommit(); // Lucene's two phases: until commit() the last commit is the one a reader or a rerun sees
    if (++commits == PAUSE_AT_COMMIT) pauseInCommit();
    writer.commit();
    DirectoryReader fresh = DirectoryReader.openIfChanged(committed, writer);
    if (fresh != null) {
      committed.close();
      committed = fresh;
    }
  }

  /** Fault injection for the test that kills a run inside its n-th commit; never set in use. */
  private static final int PAUSE_AT_COMMIT = Integer.getInteger("tracuu.test.pauseAtCommit", 0);
  private int commits;

  private static void pauseInCommit() {
    System.err.println("tracuu: commit prepared");
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How many texts the last commit holds. */
  /**
   * Merges the committed index into one segment and commits it: a search then looks each term up once rather than
   * once per segment (+15–20% searches a second on the 35k news, BENCHMARKS.md). For an index built in batches
   * and mostly read ({@code tracuu index} calls it after a batch of a tenth of the index or more); the previous commit
   * stands until this one is done, so a crash meanwhile loses nothing.
   */
  public void optimize() throws IOException {
    if (committed.leaves().size() <= 1 && !committed.hasDeletions()) return;
    writer.forceMerge(1);
    commitAndReopen();
  }

  public int count() throws IOException {
    return new IndexSearcher(committed).count(new TermQuery(new Term(Fields.RECORD, DOCUMENT)));
  }

  @Override
  public void close() throws IOException {
    committed.close();
    writer.rollback(); // whatever was not committed is dropped, as a crash would
  }

  public static String hash(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(VietnameseText.foldAll(text.strip()).getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) if (!line.isBlank()) return line.strip().length() > 200 ? line.strip().substring(0, 200) : line.strip();
    return "";
  }
}
