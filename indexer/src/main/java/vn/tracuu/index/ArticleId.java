package vn.tracuu.index;

import vn.tracuu.analysis.DocumentCodes;

/**
 * An article of a larger document, named by its id: {@code <code>@<article>} ({@code 91/2015/QH13@102}, the
 * convention of article-level legal collections). A question that names the law and the article ("Điều 102 Bộ
 * luật Dân sự 2015") is sent to it.
 */
public record ArticleId(String documentKey, int article) {
  /** The article an id names, or null for an id of another form. */
  public static ArticleId parse(String id) {
    int at = id.lastIndexOf('@');
    if (at <= 0 || at == id.length() - 1 || id.length() - at > 5) return null;
    for (int i = at + 1; i < id.length(); i++) if (!Character.isDigit(id.charAt(i))) return null;
    String code = DocumentCodes.canonical(id.substring(0, at));
    return code == null ? null : new ArticleId(DocumentCodes.key(code), Integer.parseInt(id.substring(at + 1)));
  }

  /** The terms an article is found by: its document's article and the article number alone. */
  public String key() {
    return documentKey + "@" + article;
  }

  public static String anyDocument(int article) {
    return "@" + article;
  }
}
