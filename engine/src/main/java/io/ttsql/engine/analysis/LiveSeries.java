package io.ttsql.engine.analysis;

/**
 * The bytes one (device, buffer type) held over a trace: a step function given by the events that
 * changed it, each with the bytes held after it, and its peak (the largest value, first reached).
 * Bytes beyond 2^63-1 read as 2^63-1 (saturated, see {@link io.ttsql.engine.ByteTotals}); the
 * peak is told by the exact bytes.
 */
public final class LiveSeries {
  private final Integer device;
  private final String bufferType;
  private final int[] seqs;
  private final long[] bytes;
  private final int peakIndex;

  /**
   * @param device the device, or null for allocations without one
   * @param bufferType the buffer type as printed, or null
   * @param seqs the seqs of the events that changed the bytes held, ascending, at least one
   * @param bytes the bytes held after each of those events
   * @param peakIndex the index of the change after which the most bytes were first held
   */
  LiveSeries(Integer device, String bufferType, int[] seqs, long[] bytes, int peakIndex) {
    if (seqs.length == 0 || seqs.length != bytes.length) {
      throw new IllegalArgumentException("a series needs as many byte values as seqs, at least one");
    }
    this.device = device;
    this.bufferType = bufferType;
    this.seqs = seqs;
    this.bytes = bytes;
    this.peakIndex = peakIndex;
  }

  /** The device, or null. */
  public Integer device() {
    return device;
  }

  /** The buffer type as the log printed it ({@code DRAM}, {@code L1}…), or null. */
  public String bufferType() {
    return bufferType;
  }

  /** Number of events that changed the bytes held. */
  public int count() {
    return seqs.length;
  }

  /** The seq of the {@code i}-th change. */
  public int seq(int i) {
    return seqs[i];
  }

  /** The bytes held after the {@code i}-th change (and up to the next one). */
  public long bytes(int i) {
    return bytes[i];
  }

  /** The most bytes held at once. */
  public long peakBytes() {
    return bytes[peakIndex];
  }

  /** The seq of the event after which {@link #peakBytes} was first held. */
  public int peakSeq() {
    return seqs[peakIndex];
  }

  /** The bytes still held at the end of the log. */
  public long finalBytes() {
    return bytes[bytes.length - 1];
  }
}
