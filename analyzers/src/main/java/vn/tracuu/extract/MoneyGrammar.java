package vn.tracuu.extract;

import java.util.List;
import java.util.Map;

/** The grammar of amounts of money over lexer tokens; {@link Money} is its public face. */
final class MoneyGrammar {
  record Match(Money money, int from, int to) {}

  /** An amount with its currency, before any bound: tokens [from, to). */
  private record Amount(double value, String currency, int to) {}

  private static final Map<String, String> WORD_AFTER = Map.ofEntries(
      Map.entry("đồng", "VND"), Map.entry("vnđ", "VND"), Map.entry("vnd", "VND"), Map.entry("đ", "VND"),
      Map.entry("usd", "USD"), Map.entry("đô", "Dollar"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
      Map.entry("eur", "EUR"), Map.entry("rupees", "INR"), Map.entry("rupee", "INR"), Map.entry("rs", "INR"),
      Map.entry("inr", "INR"), Map.entry("pounds", "Pound"), Map.entry("pound", "Pound"), Map.entry("gbp", "GBP"),
      Map.entry("aed", "AED"), Map.entry("dirham", "AED"), Map.entry("xen", "Cent"), Map.entry("xu", "Cent"),
      Map.entry("cent", "Cent"), Map.entry("cents", "Cent"), Map.entry("yên", "JPY"), Map.entry("nhân", "CNY"),
      Map.entry("đôla", "Dollar"), Map.entry("won", "KRW"), Map.entry("ndt", "CNY"), Map.entry("tệ", "CNY"),
      Map.entry("peso", "Peso"), Map.entry("rúp", "RUB"), Map.entry("baht", "THB"), Map.entry("bạt", "THB"),
      Map.entry("ringgit", "MYR"), Map.entry("rupiah", "IDR"), Map.entry("franc", "Franc"), Map.entry("kip", "LAK"),
      Map.entry("riel", "KHR"));
  private static final Map<String, String> WORD_BEFORE = Map.of(
      "usd", "USD", "eur", "EUR", "gbp", "GBP", "inr", "INR", "rs", "INR", "vnd", "VND", "aed", "AED");
  private static final Map<Character, String> SYMBOL = Map.of('$', "Dollar", '€', "EUR", '£', "Pound");

  private MoneyGrammar() {}

  /** The amount starting at token {@code i}, with its bound words, or null. */
  static Match match(List<Lexer.Tok> t, int i) {
    int j = i;
    Money.Bound bound = null;
    // bound words before: "không quá", "ít nhất", "giữa", "từ", "khoảng chừng từ", "tầm khoảng", "xấp xỉ"
    int b = boundBefore(t, j);
    if (b > 0) {
      bound = boundKind(t, j);
      j += b;
    }
    while (j < t.size() && t.get(j).word("khoảng", "chừng", "tầm", "xấp", "xỉ", "giữa", "từ", "ước")) {
      if (t.get(j).word("giữa", "từ")) bound = bound == null ? Money.Bound.BETWEEN : bound;
      j++;
    }
    Amount a = amount(t, j);
    if (a == null) return null;
    j = a.to;
    // range: "A và B", "A đến B", "A tới B", "A-B"
    if (j < t.size() && (t.get(j).word("và", "đến", "tới") || t.get(j).sym('-'))) {
      Amount c = amount(t, j + 1);
      if (c != null && (a.currency == null || c.currency == null || a.currency.equals(c.currency))) {
        String cur = a.currency != null ? a.currency : c.currency;
        // "7-8 tỷ đồng": the scale written once belongs to both ends
        double low = a.value;
        while (low > 0 && low * 1000 <= c.value && a.currency == null) low *= 1000;
        if (cur != null) return new Match(new Money(Money.Bound.BETWEEN, cur, low, c.value), i, c.to);
      }
    }
    if (a.currency == null) return null;
    if (j + 1 < t.size() && t.get(j).word("trở") && t.get(j + 1).word("lên", "xuống")) {
      bound = t.get(j + 1).word("lên") ? Money.Bound.ABOVE : Money.Bound.UNDER;
      j += 2;
    }
    if (bound == null || bound == Money.Bound.BETWEEN) bound = Money.Bound.EXACT;
    return new Match(new Money(bound, a.currency, a.value, a.value), i, j);
  }

  private static int boundBefore(List<Lexer.Tok> t, int j) {
    String[][] phrases = {
      {"không", "ít", "hơn"}, {"không", "cao", "hơn"}, {"không", "tới"}, {"không", "hơn"}, {"không", "quá"},
      {"ít", "hơn"}, {"kém", "hơn"}, {"nhiều", "hơn"}, {"cao", "hơn"}, {"ít", "nhất"}, {"tối", "thiểu"},
      {"tối", "đa"}, {"dưới"}, {"hơn"}, {"trên"}
    };
    for (String[] p : phrases) if (starts(t, j, p)) return p.length;
    return 0;
  }

  private static Money.Bound boundKind(List<Lexer.Tok> t, int j) {
    if (starts(t, j, "không", "ít", "hơn")) return Money.Bound.ABOVE;
    if (t.get(j).word("không", "ít", "kém", "dưới", "tối") && !starts(t, j, "ít", "nhất") && !starts(t, j, "tối", "thiểu")) {
      return Money.Bound.UNDER;
    }
    return Money.Bound.ABOVE;
  }

  private static boolean starts(List<Lexer.Tok> t, int j, String... words) {
    if (j + words.length > t.size()) return false;
    for (int k = 0; k < words.length; k++) if (!t.get(j + k).word(words[k])) return false;
    return true;
  }

  /** "đồng chí", "đồng bào", "đồng thời": words that begin with a currency's name but are not money. */
  private static final java.util.Set<String> NOT_MONEY_AFTER_DONG = java.util.Set.of(
      "chí", "bào", "thời", "bộ", "ý", "hành", "tình", "đội", "nghiệp", "minh", "chủ", "ruộng", "lòng", "loạt",
      "đều", "nhất", "phục", "cảm", "hương", "dạng", "tâm", "bằng", "lúa", "cỏ", "hồ", "môn", "niên", "sàng",
      "cấp", "thuận", "diễn", "ca", "dao", "tính", "hóa", "lương", "học", "hao", "khởi", "đẳng", "tộc", "quê");

  private static boolean isCompound(List<Lexer.Tok> t, int j) {
    if (t.get(j).word("đ") && j + 1 < t.size() && t.get(j + 1).sym('/')) return true; // "2 đ/c": đồng chí
    // "4.560 nhân khẩu": the yuan is only "nhân dân tệ"
    if (t.get(j).word("nhân")) return !(j + 2 < t.size() && t.get(j + 1).word("dân") && t.get(j + 2).word("tệ"));
    return t.get(j).word("đồng", "xu", "đô") && j + 1 < t.size() && t.get(j + 1).kind() == Lexer.Kind.WORD
        && (t.get(j).word("đồng") ? NOT_MONEY_AFTER_DONG.contains(t.get(j + 1).text())
            : !t.get(j + 1).word("la", "mỹ", "và"));
  }

  /** One amount: prefix currency or number then currency, with cents. Currency may be absent (null). */
  private static Amount amount(List<Lexer.Tok> t, int i) {
    if (i >= t.size()) return null;
    String prefix = null;
    int j = i;
    Lexer.Tok k = t.get(j);
    if (k.word("vn") && j + 1 < t.size() && t.get(j + 1).sym('$')) {
      prefix = "VND";
      j += 2;
    } else if (k.kind() == Lexer.Kind.SYM && SYMBOL.containsKey(k.text().charAt(0))) {
      prefix = SYMBOL.get(k.text().charAt(0));
      j++;
    } else if (k.kind() == Lexer.Kind.WORD && WORD_BEFORE.containsKey(k.text())) {
      prefix = WORD_BEFORE.get(k.text());
      j++;
      if (j < t.size() && t.get(j).sym('.')) j++; // "Rs. 20"
    }
    NumberParser.Parsed n = NumberParser.parse(t, j);
    if (n == null) return null;
    double v = n.value();
    j = n.to();
    String cur = prefix;
    if (cur == null && j < t.size()) {
      Lexer.Tok s = t.get(j);
      if (s.kind() == Lexer.Kind.SYM && SYMBOL.containsKey(s.text().charAt(0))) {
        cur = SYMBOL.get(s.text().charAt(0));
        j++;
      } else if (s.kind() == Lexer.Kind.WORD && WORD_AFTER.containsKey(s.text()) && !isCompound(t, j)) {
        cur = WORD_AFTER.get(s.text());
        j++;
        if (cur.equals("Dollar") && j < t.size() && t.get(j).word("la", "mỹ")) j++;
        if (cur.equals("CNY") && j < t.size() && t.get(j).word("dân")) j += 2; // nhân dân tệ
      } else if (s.word("bảng") && (j + 1 < t.size() && t.get(j + 1).word("anh") || NumberParser.isScale(t.get(j - 1)))) {
        // "2 bảng Anh", "51 triệu bảng": pounds sterling; "3 bảng" alone is a table or a group
        cur = "GBP";
        j += j + 1 < t.size() && t.get(j + 1).word("anh") ? 2 : 1;
      }
    }
    if (cur == null) return new Amount(v, null, j);
    if (j < t.size() && t.get(j).sym('.') && cur.equals("AED")) j++;
    // cents after a major unit: "2 đô la và 23 xen", "2 đô 23 xu", "hai đô 23", "20 Rupees 43"
    if (!cur.equals("VND") && !cur.equals("Cent")) {
      int c = j < t.size() && t.get(j).word("và") ? j + 1 : j;
      NumberParser.Parsed cents = NumberParser.parse(t, c);
      if (cents != null && cents.value() < 100 && cents.value() == Math.rint(cents.value())) {
        int after = cents.to();
        boolean named = after < t.size() && t.get(after).word("xen", "xu", "cent", "cents");
        boolean rangeNext = after < t.size() && (t.get(after).word("đô", "đồng") || t.get(after).kind() == Lexer.Kind.SYM);
        // "5 USD một giờ": a number word with a noun after it counts that noun, not cents
        boolean counts = cents.words() && after < t.size() && t.get(after).kind() == Lexer.Kind.WORD;
        if (named || (!rangeNext && !counts && c == j)) {
          v = v + cents.value() / 100.0;
          v = Math.round(v * 100) / 100.0;
          j = named ? after + 1 : after;
        }
      }
    }
    return new Amount(v, cur, j);
  }
}
