package vn.tracuu.extract;

import java.util.List;
import java.util.Optional;
import vn.tracuu.analysis.VietnameseNormalizer;

/**
 * An amount of money, exact or bounded: {@code 10.000 đồng}, {@code 2 đô la và 23 xen}, {@code từ 1000 đến 2000
 * đồng}, {@code không quá 7.000 đồng}, {@code từ $1,42 trở lên}.
 */
public record Money(Bound bound, String currency, double value, double max) {
  /** How the amount is bounded; for {@link #BETWEEN}, {@code value} is the minimum. */
  public enum Bound { EXACT, BETWEEN, UNDER, ABOVE }

  /** The amount if all of {@code text} states one, else empty. */
  public static Optional<Money> parse(String text) {
    List<Lexer.Tok> t = Lexer.lex(VietnameseNormalizer.normalize(text));
    MoneyGrammar.Match m = MoneyGrammar.match(t, 0);
    return m != null && m.to() == t.size() ? Optional.of(m.money()) : Optional.empty();
  }

  /** Duckling's notation, for comparison with its test corpus: {@code simple VND 10000}. */
  public String duckling() {
    return switch (bound) {
      case EXACT -> "simple " + currency + " " + fmt(value);
      case BETWEEN -> "between " + currency + " (" + fmt(value) + ", " + fmt(max) + ")";
      case UNDER -> "under " + currency + " " + fmt(value);
      case ABOVE -> "above " + currency + " " + fmt(value);
    };
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
