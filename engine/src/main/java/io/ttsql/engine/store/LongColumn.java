package io.ttsql.engine.store;

/** A frozen column of nullable {@code long} values: the values in chunks, and a presence bit per row. */
public final class LongColumn {
  private final long[][] values;
  private final MetaBits presence;
  private final int bit;

  /**
   * @param values the chunks of values (a null chunk is all zero), or null when every value is zero or NULL
   * @param presence the presence bits of each row
   * @param bit this column's bit in {@code presence}
   */
  LongColumn(long[][] values, MetaBits presence, int bit) {
    this.values = values;
    this.presence = presence;
    this.bit = bit;
  }

  public boolean isNull(int row) {
    return !presence.has(row, bit);
  }

  /** The value at {@code row}; 0 for NULL rows (check {@link #isNull} first). */
  public long get(int row) {
    if (values == null) {
      return 0;
    }
    long[] chunk = values[row >>> ChunkedColumn.SHIFT];
    return chunk == null ? 0 : chunk[row & ChunkedColumn.MASK];
  }

  /**
   * The chunk of values holding {@code row}, at index {@code row & EventColumns.CHUNK_MASK}, and
   * the rows of its chunk around it (zeros where the column stores none): for passes over millions
   * of rows that cannot afford a call per value. Read only.
   */
  public long[] chunkOf(int row) {
    long[] chunk = values == null ? null : values[row >>> ChunkedColumn.SHIFT];
    return chunk == null ? ChunkedColumn.ZERO_LONGS : chunk;
  }

  /** Whether this column has a value in the row whose meta int is {@code rowMeta} (see {@link EventColumns#metaChunkOf}). */
  public boolean presentIn(int rowMeta) {
    return presence.hasIn(rowMeta, bit);
  }

  /** The value boxed, or null. */
  public Long boxed(int row) {
    return isNull(row) ? null : get(row);
  }
}
