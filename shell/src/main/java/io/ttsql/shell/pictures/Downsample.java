package io.ttsql.shell.pictures;

import io.ttsql.engine.analysis.LiveSeries;
import java.util.Arrays;

/**
 * Thins a series for drawing: within each pixel column it keeps the first, lowest, highest and
 * last change, so the drawn line looks the same, and the peak, being some column's highest, stays
 * exact. A series with few changes is kept whole.
 *
 * @param seqs the seqs of the kept changes, ascending
 * @param bytes the bytes held after each
 */
record Downsample(int[] seqs, long[] bytes) {
  /**
   * @param series the series
   * @param columns the pixel columns of the plot
   * @param seqEnd the seq at the right edge of the plot
   */
  static Downsample of(LiveSeries series, int columns, int seqEnd) {
    int n = series.count();
    int[] seqs = new int[Math.min(n, 4 * columns + 4)];
    long[] bytes = new long[seqs.length];
    if (n <= 4 * columns) {
      for (int i = 0; i < n; i++) {
        seqs[i] = series.seq(i);
        bytes[i] = series.bytes(i);
      }
      return new Downsample(seqs, bytes);
    }
    int kept = 0;
    int i = 0;
    while (i < n) {
      long column = (long) series.seq(i) * columns / Math.max(1, seqEnd);
      int first = i;
      int low = i;
      int high = i;
      while (i < n && (long) series.seq(i) * columns / Math.max(1, seqEnd) == column) {
        low = series.bytes(i) < series.bytes(low) ? i : low;
        high = series.bytes(i) > series.bytes(high) ? i : high;
        i++;
      }
      int[] picks = {first, Math.min(low, high), Math.max(low, high), i - 1};
      int previous = -1;
      for (int pick : picks) {
        if (pick != previous) {
          seqs[kept] = series.seq(pick);
          bytes[kept++] = series.bytes(pick);
          previous = pick;
        }
      }
    }
    return new Downsample(Arrays.copyOf(seqs, kept), Arrays.copyOf(bytes, kept));
  }
}
