package vn.tracuu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.Fields;

/**
 * Searches the index: words in both views (exact diacritics boosted when the query has them), the document
 * codes the query names matched against the references of each document, phrase proximity, filters, facets and
 * highlighted snippets. Thread-safe; one per index.
 */
public final class Searcher implements Backend {
  private static final String[] FACETS = {Fields.YEAR, Fields.SOURCE, Fields.TYPE, Fields.REF};
  /** The longest a search may run; then it answers with what it found so far (a runaway query stops). */
  public static final long TIME_LIMIT_MS = Long.getLong("tracuu.search.timeLimitMs", 2000);
  /** The deadline of the search running on this thread (searches run on the caller's thread). */
  private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE});
  private static final Query TEXTS = Queries.TEXTS;
  private static final int RESCORE = Queries.RESCORE;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final Queries queries;
  private final SortedSetDocValuesReaderState facetState;
  private final PageHighlighter highlighter;
  private final AnalyzerChoice choice;
  /** The texts of the index (see {@link #textOf}), null if none; whether any text has its articles indexed. */
  private final org.apache.lucene.util.FixedBitSet texts;
  private final boolean hasArticles;

  private final long timeLimitNanos;

  public Searcher(Path dir) throws IOException {
    this(dir, TIME_LIMIT_MS);
  }

  /** @param timeLimitMs the longest one search may run before it answers with what it has */
  public Searcher(Path dir, long timeLimitMs) throws IOException {
    timeLimitNanos = timeLimitMs * 1_000_000;
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
    searcher.setTimeout(() -> System.nanoTime() > DEADLINE.get()[0]);
    choice = detect(reader);
    texts = records(reader, vn.tracuu.index.TracuuIndex.DOCUMENT);
    hasArticles = texts != null && records(reader, vn.tracuu.index.TracuuIndex.ARTICLE_RECORD) != null;
    analyzer = choice.perField(false);
    queries = new Queries(choice);
    size = searcher.count(TEXTS);
    facetState = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, vn.tracuu.index.TracuuIndex.FACETS);
    highlighter = new PageHighlighter(UnifiedHighlighter.builder(searcher, choice.perField(false))
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(200_000)
        // passages of about 200 characters around the matches, cut between words: the seeds' sentences run to a
        // paragraph; a space is a word's end in Vietnamese, and finding it costs a fraction of a word break rule
        .withBreakIterator(() -> org.apache.lucene.search.uhighlight.LengthGoalBreakIterator.createClosestToLength(
            new org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator(' '), 200, 0.5f))
        .withHandleMultiTermQuery(false));
  }

  private static AnalyzerChoice detect(DirectoryReader reader) throws IOException {
    if (reader.numDocs() == 0) return AnalyzerChoice.VIETNAMESE;
    TopDocs one = new IndexSearcher(reader).search(TEXTS, 1);
    if (one.scoreDocs.length == 0) return AnalyzerChoice.VIETNAMESE;
    String name = reader.storedFields().document(one.scoreDocs[0].doc).get(Fields.ANALYZER);
    return name == null ? AnalyzerChoice.VIETNAMESE : AnalyzerChoice.valueOf(name);
  }

  @Override
  public Map<String, Integer> references() {
    Map<String, Integer> r = references;
    if (r == null) references = r = countReferences(); // the reader never changes: count once
    return r;
  }

  private volatile Map<String, Integer> references;

  @Override
  public Map<String, Integer> referencesByKey() {
    Map<String, Integer> r = referencesByKey;
    if (r == null) referencesByKey = r = Backend.super.referencesByKey();
    return r;
  }

  private volatile Map<String, Integer> referencesByKey;

  private Map<String, Integer> countReferences() {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (facetState == null) return out;
    try {
      FacetsCollector fc = searcher.search(TEXTS, new FacetsCollectorManager());
      FacetResult r = new SortedSetDocValuesFacetCounts(facetState, fc).getTopChildren(100_000, Fields.REF);
      if (r != null) for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.intValue());
    } catch (IllegalArgumentException e) {
      // no document cites anything
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  public AnalyzerChoice analyzer() {
    return choice;
  }

  @Override
  public int size() {
    return size;
  }

  /** Whether this searcher sees the index's latest commit (false once another process has committed). */
  public boolean isCurrent() throws IOException {
    return reader.isCurrent();
  }

  /** Counted once: the reader never changes, and {@code /health} asks on every probe. */
  private final int size;

  @Override
  public vn.tracuu.indicators.IndicatorTable indicators() {
    return new vn.tracuu.indicators.IndexedIndicatorTable(searcher, analyzer, this::textOf);
  }

  @Override
  public Document stored(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) top = searcher.search(new TermQuery(new Term(Fields.ALIASES, id)), 1); // a copy's id
    return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
  }

  public IndexSearcher indexSearcher() {
    return searcher;
  }

  @Override
  public SearchResult search(SearchRequest r) {
    SearchResult known = recent.get(r);
    if (known != null) return known;
    SLOTS.enter();
    DEADLINE.get()[0] = System.nanoTime() + timeLimitNanos;
    try {
      SearchResult got = searchInTime(r);
      recent.put(r, got);
      return got;
    } finally {
      DEADLINE.get()[0] = Long.MAX_VALUE;
      SLOTS.leave();
    }
  }

  /** Shared by every searcher: the one of the previous commit may still be answering. */
  private static final SearchSlots SLOTS = new SearchSlots(
      Integer.getInteger("tracuu.search.threads", Runtime.getRuntime().availableProcessors()), Long.getLong("tracuu.search.waitMs", 10_000));

  /** How many answers {@link #recent} keeps: the head of a portal's traffic, not its long tail. */
  static final int RECENT = Integer.getInteger("tracuu.search.cache", 512);

  /**
   * The answers to the latest distinct requests, least recently asked first out: every visitor of a portal sees its
   * widget's first searches. A commit opens a new searcher, so no answer outlives the index it came from.
   */
  private final Map<SearchRequest, SearchResult> recent = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
          return size() > RECENT;
        }
      });


  /**
   * The first attempt with enough hits; the answer says whether words or quotes had to be dropped. Only the first
   * passes run for each attempt; the page (rescoring, collapsing, snippets, hits) only for the one that answers.
   */
  private SearchResult searchInTime(SearchRequest r) {
    long[] nanos = {0};
    Queries.Answer<FirstPass> a;
    try {
      a = queries.firstEnough(r.q(), (main, asked) -> {
        FirstPass one = firstPass(r.withQ(asked), main);
        nanos[0] += one.nanos();
        return one;
      }, FirstPass::texts);
      long t0 = System.nanoTime();
      SearchResult page = page(a.found());
      long took = (nanos[0] + System.nanoTime() - t0) / 1_000_000;
      return page.answering(took, a.relaxed(r.q()) ? didYouMean(r.q()) : null, a.relaxed(r.q()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The query with each word that no text contains replaced by the nearest word some texts do contain (Lucene's
   * {@link org.apache.lucene.search.spell.DirectSpellChecker}: up to two edits, transpositions included, on the
   * folded view), or null when every word is found or nothing near is.
   */
  String didYouMean(String q) {
    try {
      return queries.respelled(q, word -> {
        if (reader.docFreq(new Term(Fields.BODY_FOLDED, word)) > 0) return null;
        var near = SPELLING.suggestSimilar(new Term(Fields.BODY_FOLDED, word), 1, reader,
            org.apache.lucene.search.spell.SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return near.length > 0 ? near[0].string : null;
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final org.apache.lucene.search.spell.DirectSpellChecker SPELLING = new org.apache.lucene.search.spell.DirectSpellChecker();

  /** One attempt's first pass: its top documents, the counts by facet of all its matches, how many texts match. */
  private record FirstPass(SearchRequest r, TopDocs top, Facets facets, long texts, long nanos) {}

  private FirstPass firstPass(SearchRequest r, Query main) throws IOException {
    long t0 = System.nanoTime();
    var collectors = searcher.search(Queries.filtered(main, r), new org.apache.lucene.search.MultiCollectorManager(
        new TopScoreDocCollectorManager(Math.max(RESCORE, r.offset() + r.limit()), 1000), new FacetsCollectorManager()));
    Facets f = facetState == null ? null : new SortedSetDocValuesFacetCounts(facetState, (FacetsCollector) collectors[1]);
    return new FirstPass(r, (TopDocs) collectors[0], f, texts(f), System.nanoTime() - t0);
  }

  /** The page of the attempt that answers: rescored by proximity, one hit per text and per story, snippets, facets. */
  private SearchResult page(FirstPass pass) throws IOException {
    SearchRequest r = pass.r();
    TopDocs top = collapse(r.q().isBlank() ? pass.top() : rescore(pass.top(), r.q(), r.offset() + r.limit()), r.q());
    Map<Integer, Integer> near = new java.util.HashMap<>();
    top = collapseNear(top, r.offset() + r.limit(), near);
    if (top.scoreDocs.length > r.offset() + r.limit()) {
      top = new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, r.offset() + r.limit()));
    }
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(r.offset(), top.scoreDocs.length), top.scoreDocs.length);
    // each hit read once, its text with its other fields: decompressing a hit's fields costs the same for one field
    Document[] read = new Document[page.length];
    Map<Integer, String> texts = new java.util.HashMap<>();
    for (int i = 0; i < page.length; i++) {
      read[i] = searcher.storedFields().document(page[i].doc, PAGE_FIELDS);
      String text = read[i].get(Fields.BODY_FOLDED);
      if (text != null) texts.put(page[i].doc, text);
    }
    String[] snippets = snippets(r.q(), page, texts);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document d = read[i];
      hits.add(new SearchResult.Hit(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.URL), d.get(Fields.SOURCE),
          d.get(Fields.PUBLISHED), d.get(Fields.TYPE), page[i].score, snippets[i], List.of(d.getValues(Fields.REF)),
          d.get(Fields.PARENT), d.getValues(Fields.ALIASES).length + near.getOrDefault(page[i].doc, 0)));
    }
    return new SearchResult(pass.texts(), 0, hits, facets(pass.facets()), false);
  }

  /** The stored fields of a hit on a page: what it shows, and its text for the snippet. */
  private static final Set<String> PAGE_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.URL, Fields.SOURCE, Fields.PUBLISHED,
      Fields.TYPE, Fields.REF, Fields.PARENT, Fields.ALIASES, Fields.BODY_FOLDED);

  @Override
  public Map<String, Map<String, Integer>> citingBy(String key, int cap) throws IOException {
    Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.REF_KEY, key)), Occur.FILTER).add(TEXTS, Occur.FILTER).build();
    Map<String, Integer> months = new java.util.TreeMap<>(), provinces = new LinkedHashMap<>();
    for (ScoreDoc sd : searcher.search(q, cap).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc, Set.of(Fields.PUBLISHED, Fields.PROVINCE));
      if (d.get(Fields.PUBLISHED) != null) months.merge(d.get(Fields.PUBLISHED).substring(0, 7), 1, Integer::sum);
      if (d.get(Fields.PROVINCE) != null) provinces.merge(d.get(Fields.PROVINCE), 1, Integer::sum);
    }
    Map<String, Integer> byProvince = new LinkedHashMap<>();
    provinces.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> byProvince.put(e.getKey(), e.getValue()));
    return Map.of("month", months, "province", byProvince);
  }

  @Override
  public List<String[]> newestCiting(String key, int n) throws IOException {
    Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.REF_KEY, key)), Occur.FILTER).add(TEXTS, Occur.FILTER).build();
    org.apache.lucene.search.Sort newest = new org.apache.lucene.search.Sort(
        new org.apache.lucene.search.SortField(Fields.PUBLISHED, org.apache.lucene.search.SortField.Type.LONG, true));
    List<String[]> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, n, newest).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc, Set.of(Fields.ID, Fields.TITLE, Fields.PUBLISHED));
      out.add(new String[] {d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.PUBLISHED)});
    }
    return out;
  }

  /** The top texts for a query (an article counts as its text), for evaluation. */
  @Override
  public List<Ranked> ranking(String q, int n) throws IOException {
    List<Ranked> out = new ArrayList<>();
    for (ScoreDoc sd : ranked(q, n)) out.add(new Ranked(id(textOf(sd.doc)), sd.score));
    return out;
  }

  /**
   * The text a document of the index belongs to, as a document number: a text's own, or for an article or an
   * indicator row its text's, which is indexed just before them in one block.
   */
  public int textOf(int doc) {
    return texts == null ? doc : texts.prevSetBit(doc);
  }

  /** The documents of the index that are of one kind ({@link Fields#RECORD}), or null if there are none. */
  private static org.apache.lucene.util.FixedBitSet records(DirectoryReader reader, String kind) throws IOException {
    org.apache.lucene.util.FixedBitSet out = null;
    for (var leaf : reader.leaves()) {
      var postings = leaf.reader().postings(new Term(Fields.RECORD, kind));
      if (postings == null) continue;
      if (out == null) out = new org.apache.lucene.util.FixedBitSet(Math.max(1, reader.maxDoc()));
      for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        out.set(leaf.docBase + d);
      }
    }
    return out;
  }

  private org.apache.lucene.index.LeafReaderContext leafOf(int doc) {
    List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
    return leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
  }

  /** A text's id from its doc values (indexes built before they existed: from its stored fields). */
  private String id(int doc) throws IOException {
    var leaf = leafOf(doc);
    org.apache.lucene.index.SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
    if (ids != null && ids.advanceExact(doc - leaf.docBase)) return ids.lookupOrd(ids.ordValue()).utf8ToString();
    return searcher.storedFields().document(doc, java.util.Set.of(Fields.ID)).get(Fields.ID);
  }

  @Override
  public List<String[]> titles(String q, int n) throws IOException {
    List<String[]> out = new ArrayList<>();
    SLOTS.enter(); // a search too, though a small one
    try {
      for (Document d : top(q, n, java.util.Set.of(Fields.ID, Fields.TITLE))) out.add(new String[] {d.get(Fields.ID), d.get(Fields.TITLE)});
    } finally {
      SLOTS.leave();
    }
    return out;
  }

  private List<Document> top(String q, int n, java.util.Set<String> fields) throws IOException {
    List<Document> out = new ArrayList<>();
    for (ScoreDoc sd : ranked(q, n)) out.add(searcher.storedFields().document(sd.doc, fields));
    return out;
  }

  /** The top n texts for a query, ranked as a search ranks them, without facets and snippets. */
  private List<ScoreDoc> ranked(String q, int n) throws IOException {
    Queries.Answer<TopDocs> a = queries.firstEnough(q, (main, asked) -> searcher.search(main, Math.max(n, RESCORE)), top -> top.totalHits.value());
    TopDocs first = a.found();
    String asked = a.q();
    TopDocs top = collapse(rescore(first, asked, n), asked);
    return List.of(top.scoreDocs).subList(0, Math.min(n, top.scoreDocs.length));
  }

  /**
   * The ranking with one hit per text: a text and its articles count once, at the rank of the best of them, shown
   * as the article the query names ("Điều 4 Nghị định 19/2019/NĐ-CP") when it is among them.
   */
  private TopDocs collapse(TopDocs ranked, String q) throws IOException {
    if (!hasArticles) return ranked;
    Set<String> named = Queries.namedArticles(q);
    Map<Integer, Integer> rank = new java.util.HashMap<>();
    List<ScoreDoc> out = new ArrayList<>(ranked.scoreDocs.length);
    for (ScoreDoc sd : ranked.scoreDocs) {
      int family = textOf(sd.doc);
      Integer at = rank.get(family);
      if (at == null) {
        rank.put(family, out.size());
        out.add(sd);
      } else if (!named.isEmpty() && isNamed(sd.doc, named)) {
        out.set(at, new ScoreDoc(sd.doc, out.get(at).score, sd.shardIndex));
      }
    }
    return out.size() == ranked.scoreDocs.length ? ranked : new TopDocs(ranked.totalHits, out.toArray(new ScoreDoc[0]));
  }

  /**
   * The page's ranking with near-duplicate stories (the same article republished with a changed sentence or
   * headline: {@link vn.tracuu.index.SimHash} within {@value vn.tracuu.index.SimHash#NEAR} bits) as one hit, at
   * the rank of the first; {@code copies} gets how many each hit stands for. Search pages only: evaluation ranks
   * every text.
   */
  private TopDocs collapseNear(TopDocs ranked, int shown, Map<Integer, Integer> copies) throws IOException {
    ScoreDoc[] docs = ranked.scoreDocs;
    int[] stood = new int[docs.length];
    int[] kept = vn.tracuu.index.SimHash.firstOfEach(hashes(docs), shown, stood);
    List<ScoreDoc> out = new ArrayList<>(kept.length);
    for (int k : kept) {
      out.add(docs[k]);
      if (stood[k] > 0) copies.put(docs[k].doc, stood[k]);
    }
    return out.size() == docs.length ? ranked : new TopDocs(ranked.totalHits, out.toArray(new ScoreDoc[0]));
  }

  /** The {@link Fields#SIMHASH} of each document, null when it has none; read in document order, once per segment. */
  private Long[] hashes(ScoreDoc[] docs) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[i].doc));
    Long[] out = new Long[docs.length];
    org.apache.lucene.index.NumericDocValues values = null;
    int end = -1, base = 0;
    for (int i : order) {
      int doc = docs[i].doc;
      if (doc >= end) {
        var leaf = leafOf(doc);
        base = leaf.docBase;
        end = base + leaf.reader().maxDoc();
        values = leaf.reader().getNumericDocValues(Fields.SIMHASH);
      }
      if (values != null && values.advanceExact(doc - base)) out[i] = values.longValue();
    }
    return out;
  }

  private boolean isNamed(int doc, Set<String> named) throws IOException {
    vn.tracuu.index.ArticleId a = vn.tracuu.index.ArticleId.parse(id(doc));
    return a != null && named.contains(a.key());
  }


  /** The first pass for what the user typed ({@link Queries#query}). */
  Query query(String q) {
    return queries.query(q);
  }

  Query query(String q, Queries.Match match) {
    return queries.query(q, match);
  }

  /** The first pass's top documents, rescored by proximity. */
  private TopDocs rescore(TopDocs first, String q, int n) throws IOException {
    Query prox = queries.proximity(q);
    if (prox == null || first.scoreDocs.length == 0) return first;
    TopDocs re = new org.apache.lucene.search.QueryRescorer(prox) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return firstPassScore + (secondPassMatches ? secondPassScore : 0);
      }
    }.rescore(searcher, first, Math.max(n, first.scoreDocs.length));
    return re;
  }


  /**
   * Snippets that mark the query's words where they stand together (a sloppy phrase), and where they never do,
   * each word; a document without any gets its opening lines.
   */
  private String[] snippets(String q, ScoreDoc[] page, Map<Integer, String> texts) throws IOException {
    String[] out = new String[page.length];
    if (page.length == 0) return out;
    List<Query> marked = queries.highlighted(q);
    if (marked.isEmpty()) {
      for (int i = 0; i < page.length; i++) out[i] = leading(texts.get(page[i].doc));
      return out;
    }
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) docs[i] = page[i].doc;
    String[] got = highlighter.with(texts, () -> highlighter.highlightFields(new String[] {Fields.BODY_FOLDED}, marked.get(0), docs,
        new int[] {2}).get(Fields.BODY_FOLDED));
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < page.length; i++) if (got[i] == null || !got[i].contains("<mark>")) missing.add(i); // UH gives the opening passage unmarked
    if (!missing.isEmpty() && marked.size() > 1) {
      int[] rest = missing.stream().mapToInt(i -> docs[i]).toArray();
      String[] second = highlighter.with(texts, () -> highlighter.highlightFields(new String[] {Fields.BODY_FOLDED}, marked.get(1), rest,
          new int[] {2}).get(Fields.BODY_FOLDED));
      for (int k = 0; k < rest.length; k++) got[missing.get(k)] = second[k];
    }
    for (int i = 0; i < page.length; i++) out[i] = got[i] != null ? got[i] : leading(texts.get(docs[i]));
    return out;
  }

  /** The opening lines of a text, for a hit without any word of the query. */
  public static String leading(String body) {
    if (body == null) return "";
    String s = body.length() > 240 ? body.substring(0, 240) + " …" : body;
    return vn.tracuu.io.Html.escape(s);
  }

  /** How many texts match (articles and indicator rows not counted): every text has a type, they have none. */
  private static long texts(Facets f) throws IOException {
    if (f == null) return 0;
    try {
      FacetResult types = f.getTopChildren(1, Fields.TYPE);
      return types == null ? 0 : types.value.longValue();
    } catch (IllegalArgumentException e) {
      return 0; // dimension absent from this index
    }
  }

  /** The counts by facet of the matching texts. */
  private static Map<String, Map<String, Integer>> facets(Facets f) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (f == null) return out; // an empty index
    for (String dim : FACETS) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      try {
        FacetResult r = f.getTopChildren(dim.equals(Fields.YEAR) ? 50 : 20, dim);
        if (r != null) for (LabelAndValue lv : r.labelValues) counts.put(lv.label, lv.value.intValue());
      } catch (IllegalArgumentException e) {
        // dimension absent from this index
      }
      out.put(dim, counts);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
