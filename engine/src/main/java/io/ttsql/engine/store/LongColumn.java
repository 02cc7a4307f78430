package io.ttsql.engine.store;

import java.util.Arrays;
import java.util.BitSet;

/** A growable column of nullable {@code long} values, filled while loading and read after. */
public final class LongColumn {
  private long[] values = new long[1024];
  private final BitSet nulls = new BitSet();
  private int size;

  /** Appends a value. */
  public void add(long value) {
    ensureCapacity();
    values[size++] = value;
  }

  /** Appends a NULL. */
  public void addNull() {
    ensureCapacity();
    nulls.set(size++);
  }

  public int size() {
    return size;
  }

  public boolean isNull(int row) {
    return nulls.get(row);
  }

  /** The value at {@code row}; 0 for NULL rows (check {@link #isNull} first). */
  public long get(int row) {
    return values[row];
  }

  /** The value boxed, or null. */
  public Long boxed(int row) {
    return nulls.get(row) ? null : values[row];
  }

  /** Releases spare capacity once loading is done. */
  public void trim() {
    values = Arrays.copyOf(values, size);
  }

  private void ensureCapacity() {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
  }
}
