package vn.tracuu.extract;

/**
 * A number with what it measures, before any reading of its sentence: tokens [from, to) of the sentence; the
 * counted thing, for a count, at tokens [unitFrom, to) ({@code -1} for other kinds). A modifier such as
 * {@code mới} may follow {@code to}: it belongs to the subject, not the unit.
 */
record Quantity(double value, Double valueTo, Double of, String unit, String kind, int from, int to, int unitFrom) {
  boolean percent() {
    return "percent".equals(kind);
  }

  /** The value, or the top of a range ("15-20 người": 20). */
  double top() {
    return valueTo != null ? valueTo : value;
  }
}
