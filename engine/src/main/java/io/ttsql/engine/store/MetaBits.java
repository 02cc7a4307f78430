package io.ttsql.engine.store;

/** One byte of each event's meta int (presence bits or flags), read as a bit set per row. */
final class MetaBits {
  private final int[][] meta;
  private final int shift;

  MetaBits(int[][] meta, int shift) {
    this.meta = meta;
    this.shift = shift;
  }

  /** Whether {@code bit} is set for {@code row}. */
  boolean has(int row, int bit) {
    return hasIn(meta[row >>> ChunkedColumn.SHIFT][row & ChunkedColumn.MASK], bit);
  }

  /** Whether {@code bit} is set in an event's meta int {@code rowMeta}. */
  boolean hasIn(int rowMeta, int bit) {
    return ((rowMeta >>> shift) & bit) != 0;
  }
}
