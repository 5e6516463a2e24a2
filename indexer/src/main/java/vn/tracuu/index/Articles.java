package vn.tracuu.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tracuu.analysis.DocumentCodes;

/**
 * The articles of a law, decree, circular or resolution ("Điều 4. Giải thích từ ngữ" to the next article, chapter
 * or signature), and the document's own code ("Số: 19/2019/NĐ-CP"): each article is indexed beside its text as
 * {@code <code>@<n>}, so that a question can find the article that answers it.
 */
final class Articles {
  /** One article: its number, its heading, and where it stands in the document's text. */
  record Article(int number, String heading, int start, int end) {}

  private static final Pattern HEADING = Pattern.compile("(?m)^Điều\\s+(\\d{1,4})\\s*[.:]\\s*(.*)$");
  /** Lines that end an article without starting another: a chapter, section or part, the signature block. */
  private static final Pattern BREAK = Pattern.compile("(?m)^(Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Nơi nhận)\\b");
  private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^Số\\s*:?\\s*(\\S+)");
  /** Fewer articles than this is a text that mentions articles, not one made of them. */
  private static final int MIN_ARTICLES = 2;

  private Articles() {}

  /** The articles in order of their numbers (a quoted or repeated number is part of the article before), or none. */
  static List<Article> of(String text) {
    List<int[]> heads = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    Matcher m = HEADING.matcher(text);
    int last = 0;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n <= last) continue;
      heads.add(new int[] {n, m.start()});
      headings.add(m.group(2).strip());
      last = n;
    }
    if (heads.size() < MIN_ARTICLES) return List.of();
    List<Article> out = new ArrayList<>(heads.size());
    Matcher br = BREAK.matcher(text);
    for (int i = 0; i < heads.size(); i++) {
      int start = heads.get(i)[1];
      int end = i + 1 < heads.size() ? heads.get(i + 1)[1] : text.length();
      if (br.find(start) && br.start() < end) end = br.start();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      out.add(new Article(heads.get(i)[0], headings.get(i), start, end));
    }
    return out;
  }

  /** The document's own code: the "Số:" line of its header, else a code in its title; null if neither has one. */
  static String ownCode(String text, String title) {
    Matcher m = NUMBER_LINE.matcher(text.substring(0, Math.min(text.length(), 2000)));
    if (m.find()) {
      String c = DocumentCodes.canonical(m.group(1));
      if (c != null) return c;
    }
    if (title != null) {
      for (String w : title.split("\\s+")) {
        String c = DocumentCodes.canonical(w);
        if (c != null && c.indexOf('/') > 0 || c != null && c.indexOf('-') > 0) return c;
      }
    }
    return null;
  }
}
