package vn.tracuu.search;

import java.util.ArrayList;
import java.util.List;
import vn.tracuu.analysis.DocumentCodes;

/** Laws named in a query by name or abbreviation ({@code Bộ luật Dân sự 2015}, {@code BLDS}): {@code law-names.tsv}. */
final class LawNames {
  /** Clauses [from, to) of a query that name a law, with the keys of its codes. */
  record Mention(int from, int to, List<String> keys, boolean abbreviation) {}

  private record Name(String[] words, List<String> keys) {}

  private static final List<Name> NAMES = load();

  private LawNames() {}

  private static List<Name> load() {
    List<Name> out = new ArrayList<>();
    for (String line : QueryUnderstanding.dataLines("law-names.tsv")) {
      String[] cols = line.split("\t");
      List<String> keys = new ArrayList<>();
      for (int i = 1; i < cols.length; i++) keys.add(DocumentCodes.key(DocumentCodes.canonical(cols[i])));
      out.add(new Name(QueryUnderstanding.words(cols[0]).toArray(String[]::new), List.copyOf(keys)));
    }
    out.sort((a, b) -> b.words().length - a.words().length);
    return out;
  }

  /** The laws the plain clauses of a query name, longest names first, not overlapping. */
  static List<Mention> find(List<QueryUnderstanding.Clause> clauses) {
    List<String> w = new ArrayList<>();
    List<Integer> clauseOf = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      QueryUnderstanding.Clause c = clauses.get(i);
      if (c.excluded() || c.alternatives().size() != 1) continue;
      for (String x : QueryUnderstanding.words(c.alternatives().get(0))) {
        w.add(x);
        clauseOf.add(i);
      }
    }
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < w.size(); k++) {
      for (Name n : NAMES) {
        if (k + n.words().length > w.size()) continue;
        boolean match = true;
        for (int j = 0; j < n.words().length && match; j++) match = w.get(k + j).equals(n.words()[j]);
        if (match) {
          out.add(new Mention(clauseOf.get(k), clauseOf.get(k + n.words().length - 1) + 1, n.keys(), n.words().length == 1));
          k += n.words().length - 1;
          break;
        }
      }
    }
    return out;
  }
}
