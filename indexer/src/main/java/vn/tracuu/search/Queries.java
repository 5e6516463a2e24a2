package vn.tracuu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.tracuu.analysis.VietnameseText;
import vn.tracuu.index.AnalyzerChoice;
import vn.tracuu.index.Fields;

/**
 * What a query asks, as Lucene queries: the first pass (words in both views, codes against the references,
 * laws and articles named, syllable pairs), the proximity that rescores its top documents, and the ways to ask a
 * query strictest first. One definition of the ranking for every backend: the embedded {@link Searcher} runs these
 * queries, the cluster backend translates them to OpenSearch's query language.
 */
public final class Queries {
  /** Every text, none of the indicator rows or articles indexed beside them. */
  public static final Query TEXTS = new TermQuery(new Term(Fields.RECORD, vn.tracuu.index.TracuuIndex.DOCUMENT));
  // Ranking weights, chosen on the evaluation of corpus/eval (see README); properties only for tuning runs.
  public static final float EXACT_WORD = Float.parseFloat(System.getProperty("tracuu.boost.exact", "0.5"));
  public static final float PHRASE = Float.parseFloat(System.getProperty("tracuu.boost.phrase", "10"));
  public static final float EXACT_PHRASE = Float.parseFloat(System.getProperty("tracuu.boost.exactPhrase", "0"));
  public static final float PAIR = Float.parseFloat(System.getProperty("tracuu.boost.pair", "2"));
  public static final int SLOP = Integer.getInteger("tracuu.slop", 3);
  /** Queries of up to this many words must match all of them; longer ones {@link #MATCH_SHARE} of them. */
  public static final int ALL_WORDS = Integer.getInteger("tracuu.match.allWords", 4);
  public static final float MATCH_SHARE = Float.parseFloat(System.getProperty("tracuu.match.share", "0.3"));
  public static final float TITLE = Float.parseFloat(System.getProperty("tracuu.boost.title", "0"));
  public static final float TITLE_EXACT = Float.parseFloat(System.getProperty("tracuu.boost.titleExact", "0"));
  public static final int LONG_QUERY = Integer.getInteger("tracuu.longQuery", 6);
  /** How many first-pass documents proximity rescores. */
  public static final int RESCORE = Integer.getInteger("tracuu.rescore", 300);
  /** Whether a long query is first asked with nearly all its words ({@link Match#MOST}). */
  public static final boolean MOST_FIRST = Boolean.parseBoolean(System.getProperty("tracuu.match.mostFirst", "true"));
  public static final float MENTIONS = Float.parseFloat(System.getProperty("tracuu.boost.mentions", "10"));
  /** Weight of the words that only ask ("là gì", "bao nhiêu"): never required, they barely rank. */
  public static final float ASKING = Float.parseFloat(System.getProperty("tracuu.boost.asking", "0.1"));
  /** A law named in the query (law-names.tsv): its articles and the texts citing it. */
  public static final float LAW = Float.parseFloat(System.getProperty("tracuu.boost.law", "2"));
  /** The article a query names with its law ("Điều 102 Bộ luật Dân sự"), and one named without a law. */
  public static final float ARTICLE = Float.parseFloat(System.getProperty("tracuu.boost.article", "20"));
  public static final float ARTICLE_ALONE = Float.parseFloat(System.getProperty("tracuu.boost.articleAlone", "2"));

  /**
   * How many of a query's required words a text must contain. A long query needs only a share of them (recall
   * first: a stray word must not empty the results), but a text with nearly all of them ranks above one with a
   * third of them almost always; so when enough texts have nearly all, the search stops there, which is also
   * several times faster on common syllables than scoring every text with a third of them.
   */
  public enum Match {
    /** All words, or all but one of a long query. */
    MOST,
    /** All words of a short query, {@link Queries#MATCH_SHARE} of a long one. */
    SHARE,
    /** One word fewer than {@link #SHARE}: the fallback of an empty answer ("ket nap dang vein"). */
    ALL_BUT_ONE
  }

  /**
   * The ways to ask a query, strictest first: nearly every word (kept when it fills the rescoring window), as
   * written, without its quotes, with one word fewer. An empty page is the last answer.
   *
   * @param enough how many hits make the attempt the answer
   */
  public record Attempt(String q, Match match, int enough) {}

  public static List<Attempt> attempts(String q) {
    if (q.isBlank()) return List.of(new Attempt(q, Match.SHARE, 0));
    String loose = q.replace('"', ' ');
    List<Attempt> out = new ArrayList<>();
    if (loose.equals(q) && MOST_FIRST) out.add(new Attempt(q, Match.MOST, RESCORE));
    out.add(new Attempt(q, Match.SHARE, 1));
    if (!loose.equals(q)) out.add(new Attempt(loose, Match.SHARE, 1));
    out.add(new Attempt(loose, Match.ALL_BUT_ONE, 1));
    return out;
  }

  /**
   * Words close together and in order rank higher: a sloppy phrase in the folded view, and in the exact view
   * when the user typed diacritics. Costly on common syllables, so it rescores the first pass's top documents
   * instead of running over every match.
   */
  public Query proximity(String q) {
    if (choice != AnalyzerChoice.VIETNAMESE) return null;
    List<String> folded = new ArrayList<>(), exact = new ArrayList<>();
    for (QueryUnderstanding.Clause c : QueryUnderstanding.clauses(q)) {
      if (c.excluded()) continue;
      for (String text : c.alternatives()) {
        folded.addAll(terms(Fields.BODY_FOLDED, text));
        exact.addAll(terms(Fields.BODY_EXACT, text));
      }
    }
    if (folded.size() < 2) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(phrase(Fields.BODY_FOLDED, folded), PHRASE), Occur.SHOULD);
    if (VietnameseText.hasDiacritics(q) && EXACT_PHRASE > 0 && exact.size() > 1) {
      b.add(new BoostQuery(phrase(Fields.BODY_EXACT, exact), EXACT_PHRASE), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query phrase(String field, List<String> terms) {
    PhraseQuery.Builder pb = new PhraseQuery.Builder().setSlop(SLOP);
    for (int i = 0; i < terms.size(); i++) pb.add(new Term(field, terms.get(i)), i);
    return pb.build();
  }

  /** The Lucene query for what the user typed (first pass; see {@link #proximity}). */
  public Query query(String q) {
    return query(q, Match.SHARE);
  }

  /** @param match how many of the required words a text must contain */
  public Query query(String q, Match match) {
    if (q.isBlank()) return TEXTS;
    if (choice != AnalyzerChoice.VIETNAMESE) return baseline(q);
    boolean marks = VietnameseText.hasDiacritics(q);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<QueryUnderstanding.CodeAsked> codes = QueryUnderstanding.codes(q);
    for (QueryUnderstanding.CodeAsked c : codes) {
      Query cq = c.prefix() ? new PrefixQuery(new Term(Fields.REF_KEY, c.key())) : new TermQuery(new Term(Fields.REF_KEY, c.key()));
      all.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(cq), 20f), Occur.SHOULD);
      if (MENTIONS > 0) {
        // documents that cite the code more often are more about it
        Query mq = c.prefix()
            ? new PrefixQuery(new Term(Fields.REF_MENTIONS, c.key()), org.apache.lucene.search.MultiTermQuery.SCORING_BOOLEAN_REWRITE)
            : new TermQuery(new Term(Fields.REF_MENTIONS, c.key()));
        all.add(new BoostQuery(mq, MENTIONS), Occur.SHOULD);
      }
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int required = 0;
    List<String> allTerms = new ArrayList<>();
    List<QueryUnderstanding.Clause> clauses = QueryUnderstanding.clauses(q);
    List<LawNames.Mention> laws = LawNames.find(clauses);
    List<QueryUnderstanding.ArticleAsked> articles = QueryUnderstanding.articles(clauses);
    boolean[] asking = QueryUnderstanding.rankOnly(clauses, laws, articles);
    // a quoted phrase is what the user requires; the other words then only rank
    boolean quoted = clauses.stream().anyMatch(c -> c.phrase() && !c.excluded());
    // long queries: the exact view is left to the exact-phrase rescoring, halving the first pass's postings
    boolean exactWords = marks && clauses.size() <= LONG_QUERY;
    for (int i = 0; i < clauses.size(); i++) {
      QueryUnderstanding.Clause c = clauses.get(i);
      BooleanQuery.Builder alt = new BooleanQuery.Builder();
      for (String text : c.alternatives()) {
        Query one = clause(text, exactWords);
        if (one != null) alt.add(one, Occur.SHOULD);
        if (!c.excluded()) allTerms.addAll(terms(Fields.BODY_FOLDED, text));
      }
      BooleanQuery aq = alt.build();
      if (aq.clauses().isEmpty()) continue;
      if (c.excluded()) words.add(aq, Occur.MUST_NOT);
      else if (asking[i]) words.add(new BoostQuery(aq, ASKING), Occur.SHOULD);
      else if (quoted) words.add(aq, c.phrase() ? Occur.MUST : Occur.SHOULD);
      else {
        words.add(aq, Occur.SHOULD);
        required++;
      }
    }
    // short queries: every word; longer ones: most of them (a stray word must not empty the results)
    int needed = required <= ALL_WORDS ? required : (int) Math.ceil(required * MATCH_SHARE);
    words.setMinimumNumberShouldMatch(switch (match) {
      case MOST -> Math.max(needed, required - 1);
      case SHARE -> needed;
      case ALL_BUT_ONE -> Math.max(1, Math.min(needed, required - 1));
    });
    BooleanQuery wq = words.build();
    if (!wq.clauses().isEmpty()) all.add(wq, codes.isEmpty() ? Occur.MUST : Occur.SHOULD);
    List<String> named = new ArrayList<>();
    for (LawNames.Mention m : laws) named.addAll(m.keys());
    for (QueryUnderstanding.CodeAsked c : codes) if (!c.prefix()) named.add(c.key());
    named(all, named, !laws.isEmpty(), articles);
    if (allTerms.size() > 1) {
      // syllable pairs: multi-syllable words matched as words; the phrase itself is scored by rescoring
      for (String pair : terms(Fields.BODY_PAIRS, q.replace("\"", " "))) {
        all.add(new BoostQuery(new TermQuery(new Term(Fields.BODY_PAIRS, pair)), PAIR), Occur.SHOULD);
      }
    }
    BooleanQuery built = all.build();
    if (!codes.isEmpty() && built.clauses().stream().noneMatch(cl -> cl.occur() == Occur.MUST)) {
      return new BooleanQuery.Builder().add(built, Occur.MUST).build();
    }
    return built;
  }

  /**
   * A law named in the query, by name or by code, ranks its articles (and, by name, the texts that cite it) higher;
   * an article named with its law ranks that article first, an article named alone ("Điều 5") every article of
   * that number a little.
   */
  private static void named(BooleanQuery.Builder all, List<String> keys, boolean byName, List<QueryUnderstanding.ArticleAsked> articles) {
    for (String key : keys) {
      all.add(constant(Fields.PART_OF, key, LAW), Occur.SHOULD);
      if (byName) all.add(constant(Fields.REF_KEY, key, LAW), Occur.SHOULD); // a code typed is matched already
      for (QueryUnderstanding.ArticleAsked a : articles) {
        all.add(constant(Fields.ARTICLE, new vn.tracuu.index.ArticleId(key, a.article()).key(), ARTICLE), Occur.SHOULD);
      }
    }
    if (keys.isEmpty()) {
      for (QueryUnderstanding.ArticleAsked a : articles) {
        all.add(constant(Fields.ARTICLE, vn.tracuu.index.ArticleId.anyDocument(a.article()), ARTICLE_ALONE), Occur.SHOULD);
      }
    }
  }

  private static Query constant(String field, String term, float boost) {
    return new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term(field, term))), boost);
  }

  /**
   * What a baseline index gets: every analyzed term of the query over title and body, OR-ed, as a
   * multi_match query of Elasticsearch would do; no code understanding, no proximity.
   */
  private Query baseline(String q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms(Fields.BODY_FOLDED, q)) {
      b.add(new TermQuery(new Term(Fields.BODY_FOLDED, t)), Occur.SHOULD);
      b.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE_FOLDED, t)), 2f), Occur.SHOULD);
    }
    return b.build();
  }

  /** One word or phrase over title and body, exact view boosted when the user typed diacritics. */
  private Query clause(String text, boolean marks) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    add(b, Fields.BODY_FOLDED, text, 1f);
    if (TITLE > 0) add(b, Fields.TITLE_FOLDED, text, TITLE);
    if (marks) {
      add(b, Fields.BODY_EXACT, text, EXACT_WORD);
      if (TITLE_EXACT > 0) add(b, Fields.TITLE_EXACT, text, TITLE_EXACT);
    }
    BooleanQuery q = b.build();
    return q.clauses().isEmpty() ? null : q;
  }

  private void add(BooleanQuery.Builder b, String field, String text, float boost) {
    List<String> t = terms(field, text);
    if (t.isEmpty()) return;
    Query q;
    if (t.size() == 1) q = new TermQuery(new Term(field, t.get(0)));
    else {
      PhraseQuery.Builder pb = new PhraseQuery.Builder();
      for (int i = 0; i < t.size(); i++) pb.add(new Term(field, t.get(i)), i);
      q = pb.build();
    }
    b.add(new BoostQuery(q, boost), Occur.SHOULD);
  }

  public List<String> terms(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A backend's first pass: what it finds for one query. */
  @FunctionalInterface
  public interface Pass<T> {
    /** @param main the first-pass query of an attempt; @param q the words it asked */
    T run(Query main, String q) throws IOException;
  }

  /** The attempt that answered: the query as asked then, how, and what it found. */
  public record Answer<T>(String q, Match match, T found) {
    /** Whether words or quotes of the query as typed had to be dropped to find anything. */
    public boolean relaxed(String typed) {
      return match == Match.ALL_BUT_ONE || !q.equals(typed);
    }
  }

  /**
   * Runs the {@link #attempts} of a query in turn until one finds enough; the answer is the last attempt that found
   * anything (the first one, if none did).
   *
   * @param total how many documents a pass found
   */
  public <T> Answer<T> firstEnough(String q, Pass<T> pass, java.util.function.ToLongFunction<T> total) throws IOException {
    Answer<T> answer = null;
    Query previous = null;
    T one = null;
    for (Attempt a : attempts(q)) {
      Query main = query(a.q(), a.match());
      if (!main.equals(previous)) one = pass.run(main, a.q()); // a short query asks the same with MOST and SHARE
      previous = main;
      long found = total.applyAsLong(one);
      if (answer == null || found > 0) answer = new Answer<>(a.q(), a.match(), one);
      if (found >= a.enough()) break;
    }
    return answer;
  }

  /** A query with a search's filters (years of publication, source, type, a cited code) around it. */
  public static Query filtered(Query main, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, r.q().isBlank() ? Occur.FILTER : Occur.MUST);
    if (r.fromYear() != null || r.toYear() != null) {
      long from = r.fromYear() == null ? Long.MIN_VALUE : java.time.LocalDate.of(r.fromYear(), 1, 1).toEpochDay();
      long to = r.toYear() == null ? Long.MAX_VALUE : java.time.LocalDate.of(r.toYear(), 12, 31).toEpochDay();
      b.add(org.apache.lucene.document.LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), Occur.FILTER);
    }
    if (r.source() != null) b.add(new TermQuery(new Term(Fields.SOURCE, r.source())), Occur.FILTER);
    if (r.type() != null) b.add(new TermQuery(new Term(Fields.TYPE, r.type())), Occur.FILTER);
    if (r.ref() != null) b.add(new TermQuery(new Term(Fields.REF_KEY, vn.tracuu.analysis.DocumentCodes.key(r.ref().strip()))), Occur.FILTER);
    return b.build();
  }

  /**
   * What a snippet marks: the query's words where they stand together (a sloppy phrase), and each word, for the
   * texts where they never do; empty when the query has no words.
   */
  public List<Query> highlighted(String q) {
    List<String> words = terms(Fields.BODY_FOLDED, q.replace("\"", " "));
    if (words.isEmpty()) return List.of();
    BooleanQuery.Builder each = new BooleanQuery.Builder();
    for (String t : words) each.add(new TermQuery(new Term(Fields.BODY_FOLDED, t)), Occur.SHOULD);
    if (words.size() == 1) return List.of(each.build());
    PhraseQuery.Builder pb = new PhraseQuery.Builder().setSlop(SLOP);
    for (int i = 0; i < words.size(); i++) pb.add(new Term(Fields.BODY_FOLDED, words.get(i)), i);
    return List.of(pb.build(), each.build());
  }

  /** A backend's spelling suggestion for one folded word: a word some texts contain, or null when it needs none. */
  @FunctionalInterface
  public interface Speller {
    String nearest(String foldedWord) throws IOException;
  }

  /** The query with each word respelled where the speller has a suggestion, or null when it has none for any word. */
  public String respelled(String q, Speller speller) throws IOException {
    if (choice != AnalyzerChoice.VIETNAMESE || q.isBlank()) return null;
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (String w : q.strip().split("\\s+")) {
      String word = w;
      List<String> t = terms(Fields.BODY_FOLDED, w);
      String near = t.size() == 1 ? speller.nearest(t.get(0)) : null;
      if (near != null) {
        word = near;
        changed = true;
      }
      if (out.length() > 0) out.append(' ');
      out.append(word);
    }
    return changed ? out.toString() : null;
  }

  /** The article keys a query names: an article number with a law's name or a code ({@link vn.tracuu.index.ArticleId#key}). */
  public static java.util.Set<String> namedArticles(String q) {
    if (q.isBlank()) return java.util.Set.of();
    List<QueryUnderstanding.Clause> clauses = QueryUnderstanding.clauses(q);
    List<QueryUnderstanding.ArticleAsked> articles = QueryUnderstanding.articles(clauses);
    if (articles.isEmpty()) return java.util.Set.of();
    java.util.Set<String> out = new java.util.HashSet<>();
    List<String> keys = new ArrayList<>();
    for (LawNames.Mention m : LawNames.find(clauses)) keys.addAll(m.keys());
    for (QueryUnderstanding.CodeAsked c : QueryUnderstanding.codes(q)) if (!c.prefix()) keys.add(c.key());
    for (String k : keys) for (QueryUnderstanding.ArticleAsked a : articles) out.add(new vn.tracuu.index.ArticleId(k, a.article()).key());
    return out;
  }

  private final AnalyzerChoice choice;
  private final Analyzer analyzer;

  /** @param choice the analysis the index was built with */
  public Queries(AnalyzerChoice choice) {
    this.choice = choice;
    this.analyzer = choice.perField(false);
  }
}
