package io.ttsql.engine.store;

import java.lang.reflect.Array;
import java.util.List;
import java.util.function.Function;

/** Joins one column at a time of several parts' events into a flat array (see {@link EventColumns#concat}). */
final class Parts {
  private final List<PartEvents> parts;
  private final int total;

  Parts(List<PartEvents> parts) {
    this.parts = parts;
    this.total = total(parts);
  }

  static int total(List<PartEvents> parts) {
    long total = 0;
    for (PartEvents p : parts) {
      total += p.events().count();
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalStateException("more than " + Integer.MAX_VALUE + " events in one trace");
    }
    return (int) total;
  }

  /** An int column; null when every value is zero. */
  int[] ints(Function<EventChunks, ChunkedColumn> column) {
    return (int[]) join(column, int.class, false);
  }

  /** A long column; null when every value is zero. */
  long[] longs(Function<EventChunks, ChunkedColumn> column) {
    return (long[]) join(column, long.class, false);
  }

  /** The kind, type, presence and flags of each event, always present (see {@link EventChunks}). */
  int[] meta() {
    return (int[]) join(c -> c.meta, int.class, true);
  }

  /** Line numbers counted from each file's start. */
  int[] lines() {
    int[] lines = (int[]) join(c -> c.line, int.class, true);
    forEachPart((p, from, to) -> {
      for (int i = from; i < to; i++) {
        lines[i] += p.lineOffset();
      }
    });
    return lines;
  }

  /** Stack ids in the trace's numbering. */
  int[] stacks() {
    int[] ids = (int[]) join(c -> c.stackId, int.class, false);
    if (ids != null) {
      forEachPart((p, from, to) -> {
        for (int i = from; i < to; i++) {
          ids[i] = p.stackMap()[ids[i]];
        }
      });
    }
    return ids;
  }

  private Object join(Function<EventChunks, ChunkedColumn> column, Class<?> type, boolean keepZeros) {
    if (!keepZeros && parts.stream().allMatch(p -> column.apply(p.events()).allZero())) {
      return null;
    }
    Object target = Array.newInstance(type, total);
    forEachPart((p, from, to) -> column.apply(p.events()).moveInto(target, from, to - from));
    return target;
  }

  private void forEachPart(PartRange action) {
    int from = 0;
    for (PartEvents p : parts) {
      int to = from + p.events().count();
      action.apply(p, from, to);
      from = to;
    }
  }

  /** Something done to the rows {@code [from, to)} of the joined column that part {@code p} fills. */
  @FunctionalInterface
  private interface PartRange {
    void apply(PartEvents p, int from, int to);
  }
}
