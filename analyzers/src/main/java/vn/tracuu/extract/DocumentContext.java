package vn.tracuu.extract;

import java.time.LocalDate;

/**
 * What the document says about all its sentences: when it was published (to read {@code năm nay},
 * {@code từ đầu năm đến nay}) and the province it is about (the place of figures whose sentence names none).
 */
public record DocumentContext(LocalDate published, String province) {
  public static final DocumentContext NONE = new DocumentContext(null, null);

  /** The context of a text read on its own: its most named province, no date. */
  public static DocumentContext of(CharSequence text) {
    return new DocumentContext(null, Provinces.mostNamed(text));
  }
}
