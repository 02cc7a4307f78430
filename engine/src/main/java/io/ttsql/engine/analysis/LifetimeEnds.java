package io.ttsql.engine.analysis;

/**
 * The lifetimes that ended, grouped by the event that ended them (a counting sort by end seq), for
 * a walk over the events in log order: those ended by event {@code seq} are {@code
 * lifetime(k)} for {@code from(seq) <= k < to(seq)}, in lifetime order.
 */
final class LifetimeEnds {
  private final int[] start;
  private final int[] order;

  private LifetimeEnds(int[] start, int[] order) {
    this.start = start;
    this.order = order;
  }

  /** Groups the ended lifetimes of a trace of {@code eventCount} events. */
  static LifetimeEnds of(Lifetimes lifetimes, int eventCount) {
    int[] start = new int[eventCount + 1];
    for (int i = 0; i < lifetimes.count(); i++) {
      if (lifetimes.endSeq(i) >= 0) {
        start[lifetimes.endSeq(i) + 1]++;
      }
    }
    for (int seq = 0; seq < eventCount; seq++) {
      start[seq + 1] += start[seq];
    }
    int[] order = new int[start[eventCount]];
    int[] filled = start.clone();
    for (int i = 0; i < lifetimes.count(); i++) {
      if (lifetimes.endSeq(i) >= 0) {
        order[filled[lifetimes.endSeq(i)]++] = i;
      }
    }
    return new LifetimeEnds(start, order);
  }

  /** The first position of the lifetimes ended by {@code seq}. */
  int from(int seq) {
    return start[seq];
  }

  /** The position after the last of the lifetimes ended by {@code seq}. */
  int to(int seq) {
    return start[seq + 1];
  }

  /** The lifetime at {@code position}. */
  int lifetime(int position) {
    return order[position];
  }
}
