package io.ttsql.engine.store;

import java.lang.reflect.Array;
import java.util.List;
import java.util.function.Function;

/**
 * Joins one column at a time of several parts' events into the chunks of the trace's column (see
 * {@link EventColumns#concat}), without copying them into new memory.
 */
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
  int[][] ints(Function<EventChunks, ChunkedColumn> column) {
    return (int[][]) join(column, int.class, false);
  }

  /** A long column; null when every value is zero. */
  long[][] longs(Function<EventChunks, ChunkedColumn> column) {
    return (long[][]) join(column, long.class, false);
  }

  /** The kind, type, presence and flags of each event, always present (see {@link EventChunks}). */
  int[][] meta() {
    return (int[][]) join(c -> c.meta, int.class, true);
  }

  /** Line numbers counted from each file's start. */
  int[][] lines() {
    for (PartEvents p : parts) {
      p.events().line.add(p.lineOffset(), p.events().count());
    }
    return (int[][]) join(c -> c.line, int.class, true);
  }

  /** Stack ids in the trace's numbering. */
  int[][] stacks() {
    for (PartEvents p : parts) {
      p.events().stackId.map(p.stackMap(), p.events().count());
    }
    return ints(c -> c.stackId);
  }

  private Object[] join(Function<EventChunks, ChunkedColumn> column, Class<?> type, boolean keepZeros) {
    if (!keepZeros && parts.stream().allMatch(p -> column.apply(p.events()).allZero())) {
      return null;
    }
    Object[] joined = (Object[]) Array.newInstance(type.arrayType(), ChunkedColumn.chunksFor(total));
    int start = 0;
    for (PartEvents p : parts) {
      column.apply(p.events()).moveInto(joined, start, p.events().count());
      start += p.events().count();
    }
    return joined;
  }
}
