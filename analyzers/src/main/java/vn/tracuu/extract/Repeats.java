package vn.tracuu.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A figure a text states again (in its title, its lead and its body) is one fact of that text: the row where the
 * text first states it is kept. The same value said of the same thing is a repeat; so is the same count or amount
 * of ten or more in the same unit ("13.000 quy hoạch" told three ways), while a share or a small count ("100%",
 * "1 lớp") is a repeat only with the same subject, since a report gives many of them. Across texts, the same fact
 * keeps one row per source (see the index's facts).
 */
final class Repeats {
  /** From this value, a count or amount repeated in the same unit is the same fact whatever its subject. */
  static final double DISTINCTIVE = 10;

  private Repeats() {}

  static List<Indicator> firstOfEach(List<Indicator> rows) {
    Set<List<Object>> seen = new HashSet<>();
    List<Indicator> out = new ArrayList<>(rows.size());
    for (Indicator r : rows) {
      List<Object> figure = List.of(r.kind(), Objects.toString(r.unit()), r.value(), Objects.toString(r.valueTo()), Objects.toString(r.of()));
      boolean distinctive = !"percent".equals(r.kind()) && r.value() >= DISTINCTIVE;
      boolean again = !seen.add(List.of(figure, Objects.toString(r.subjectKey())));
      if (distinctive) again |= !seen.add(List.of(figure));
      if (!again) out.add(r);
    }
    return out;
  }
}
