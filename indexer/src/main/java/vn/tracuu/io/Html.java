package vn.tracuu.io;

import org.jsoup.nodes.Entities;

/** Text put into HTML, in one place for the snippets and the pages: jsoup's escaping; null is empty. */
public final class Html {
  private Html() {}

  public static String escape(String text) {
    return text == null ? "" : Entities.escape(text);
  }
}
