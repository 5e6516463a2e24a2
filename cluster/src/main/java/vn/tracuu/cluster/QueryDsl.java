package vn.tracuu.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene queries of {@link vn.tracuu.search.Queries} in OpenSearch's query language, node for node, so that a
 * cluster scores as the embedded index does: the same terms (analyzed here, once), the same boosts, the same
 * required counts. A query of a kind the ranking never builds is refused rather than approximated.
 */
final class QueryDsl {
  /**
   * The indexed terms of a field that start with a prefix. A prefix that scores its terms is sent as those terms:
   * the cluster's first phase gathers the whole index's statistics of the terms a query names, not of the terms
   * a prefix finds on each shard.
   */
  interface Terms {
    List<String> startingWith(String field, String prefix);
  }

  private final Terms terms;

  QueryDsl(Terms terms) {
    this.terms = terms;
  }

  Map<String, Object> of(Query q) {
    if (q instanceof TermQuery t) return term(t.getTerm(), 1f);
    if (q instanceof BoostQuery b) return boosted(b.getQuery(), b.getBoost());
    if (q instanceof ConstantScoreQuery c) return Map.of("constant_score", Map.of("filter", of(c.getQuery())));
    if (q instanceof PhraseQuery p) return phrase(p, 1f);
    if (q instanceof PrefixQuery p) return prefix(p);
    if (q instanceof BooleanQuery b) return bool(b, 1f);
    if (q instanceof MatchAllDocsQuery) return Map.of("match_all", Map.of());
    if (q instanceof PointRangeQuery r && r.getNumDims() == 1 && r.getBytesPerDim() == Long.BYTES) {
      return Map.of("range", Map.of(r.getField(), Map.of(
          "gte", LongPoint.decodeDimension(r.getLowerPoint(), 0), "lte", LongPoint.decodeDimension(r.getUpperPoint(), 0))));
    }
    if (q instanceof PointRangeQuery r && r.getNumDims() == 1 && r.getBytesPerDim() == Integer.BYTES) {
      return Map.of("range", Map.of(r.getField(), Map.of(
          "gte", IntPoint.decodeDimension(r.getLowerPoint(), 0), "lte", IntPoint.decodeDimension(r.getUpperPoint(), 0))));
    }
    throw new IllegalArgumentException("no translation for " + q.getClass().getSimpleName() + ": " + q);
  }

  /** A boost goes into the node that takes one, else around it (a bool with the query as its one clause). */
  private Map<String, Object> boosted(Query q, float boost) {
    if (q instanceof TermQuery t) return term(t.getTerm(), boost);
    if (q instanceof PhraseQuery p) return phrase(p, boost);
    if (q instanceof BooleanQuery b) return bool(b, boost);
    if (q instanceof ConstantScoreQuery c) return Map.of("constant_score", Map.of("filter", of(c.getQuery()), "boost", boost));
    return Map.of("bool", Map.of("must", List.of(of(q)), "boost", boost));
  }

  private static Map<String, Object> term(Term t, float boost) {
    return Map.of("term", Map.of(t.field(), Map.of("value", t.text(), "boost", boost)));
  }

  /**
   * The terms are those of the embedded analysis already; a whitespace analyzer hands them over unchanged, and
   * match_phrase builds Lucene's PhraseQuery with the same slop.
   */
  private static Map<String, Object> phrase(PhraseQuery p, float boost) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < terms.length; i++) {
      if (positions[i] != i) throw new IllegalArgumentException("a phrase with gaps: " + p);
      if (terms[i].text().chars().anyMatch(Character::isWhitespace)) throw new IllegalArgumentException("a term with a space: " + p);
      if (i > 0) text.append(' ');
      text.append(terms[i].text());
    }
    String field = terms.length == 0 ? p.getField() : terms[0].field();
    return Map.of("match_phrase", Map.of(field, Map.of("query", text.toString(), "slop", p.getSlop(), "analyzer", "whitespace", "boost", boost)));
  }

  private Map<String, Object> prefix(PrefixQuery p) {
    if (p.getRewriteMethod() == MultiTermQuery.SCORING_BOOLEAN_REWRITE) {
      List<Object> each = new ArrayList<>();
      for (String t : terms.startingWith(p.getField(), p.getPrefix().text())) each.add(term(new Term(p.getField(), t), 1f));
      return each.isEmpty() ? Map.of("match_none", Map.of()) : Map.of("bool", Map.of("should", each));
    }
    return Map.of("prefix", Map.of(p.getField(), Map.of("value", p.getPrefix().text(), "rewrite", "constant_score")));
  }

  private Map<String, Object> bool(BooleanQuery b, float boost) {
    // Lucene matches nothing without a positive clause; OpenSearch would match every document
    if (b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) return Map.of("match_none", Map.of());
    Map<String, List<Object>> clauses = new LinkedHashMap<>();
    for (BooleanClause c : b.clauses()) {
      String occur = switch (c.occur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case FILTER -> "filter";
        case MUST_NOT -> "must_not";
      };
      clauses.computeIfAbsent(occur, k -> new ArrayList<>()).add(of(c.query()));
    }
    Map<String, Object> body = new LinkedHashMap<>(clauses);
    if (b.getMinimumNumberShouldMatch() > 0) body.put("minimum_should_match", b.getMinimumNumberShouldMatch());
    if (boost != 1f) body.put("boost", boost);
    return Map.of("bool", body);
  }
}
