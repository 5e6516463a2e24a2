package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbers, words and symbols with offsets: the units the quantity grammar reads. */
final class Lexer {
  enum Kind { NUM, WORD, SYM }

  record Tok(Kind kind, String text, int start, int end, boolean spaceBefore) {
    boolean is(String s) {
      return text.equals(s);
    }

    boolean word(String... options) {
      if (kind != Kind.WORD) return false;
      for (String o : options) if (text.equals(o)) return true;
      return false;
    }

    boolean sym(char c) {
      return kind == Kind.SYM && text.charAt(0) == c;
    }
  }

  private Lexer() {}

  static List<Tok> lex(String s) {
    List<Tok> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      Kind kind;
      if (isDigit(c) || (c == ',' && i + 1 < n && isDigit(s.charAt(i + 1)) && (i == 0 || !isDigit(s.charAt(i - 1))))) {
        i++;
        while (i < n && (isDigit(s.charAt(i))
            || ((s.charAt(i) == '.' || s.charAt(i) == ',') && i + 1 < n && isDigit(s.charAt(i + 1))))) i++;
        kind = Kind.NUM;
      } else if (Character.isLetter(c)) {
        while (i < n && (Character.isLetter(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) i++;
        kind = Kind.WORD;
      } else {
        i++;
        kind = Kind.SYM;
      }
      String text = s.substring(start, i);
      out.add(new Tok(kind, kind == Kind.WORD ? text.toLowerCase(java.util.Locale.ROOT) : text, start, i, space));
      space = false;
    }
    return out;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
