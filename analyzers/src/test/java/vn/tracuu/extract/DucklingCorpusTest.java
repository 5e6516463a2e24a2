package vn.tracuu.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Duckling's Vietnamese example corpora (BSD, copied with their LICENSE into test resources) through our
 * number and money parsers. Prints the pass rate and every failure.
 */
class DucklingCorpusTest {
  private static List<String[]> rows(String name) throws Exception {
    List<String[]> out = new ArrayList<>();
    try (var r = new BufferedReader(new InputStreamReader(
        DucklingCorpusTest.class.getResourceAsStream("/duckling-vi/" + name), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) out.add(line.split("\t", 2));
    }
    return out;
  }

  private static String numeral(String input) {
    OptionalDouble v = NumberParser.parse(input);
    if (v.isEmpty()) return "no parse";
    double d = v.getAsDouble();
    String s = Money.fmt(d);
    return "NumeralValue " + (d < 0 ? "(" + s + ")" : s);
  }

  private static String money(String input) {
    return Money.parse(input).map(Money::duckling).orElse("no parse");
  }

  private static int[] run(String file, Function<String, String> parser, List<String> failures) throws Exception {
    int pass = 0, total = 0;
    for (String[] row : rows(file)) {
      total++;
      String expected = row[0].replace("simple Dollar", "simple Dollar").trim();
      String got = parser.apply(row[1]);
      if (normalize(got).equals(normalize(expected))) pass++;
      else failures.add(file + ": \"" + row[1] + "\" expected [" + expected + "] got [" + got + "]");
    }
    return new int[] {pass, total};
  }

  private static String normalize(String s) {
    return s.replace(" ", "").replace(".0,", ",").replace(".0)", ")");
  }

  @Test
  void passRateOnNumeralsAndMoney() throws Exception {
    List<String> failures = new ArrayList<>();
    int[] n = run("Numeral_VI_examples.tsv", DucklingCorpusTest::numeral, failures);
    int[] m = run("AmountOfMoney_VI_examples.tsv", DucklingCorpusTest::money, failures);
    int pass = n[0] + m[0], total = n[1] + m[1];
    System.out.printf("Duckling VI numerals: %d/%d, money: %d/%d, overall %.1f%%%n", n[0], n[1], m[0], m[1], 100.0 * pass / total);
    failures.forEach(f -> System.out.println("  FAIL " + f));
    assertTrue(pass >= 0.95 * total, pass + "/" + total + " pass; failures: " + failures);
  }
}
