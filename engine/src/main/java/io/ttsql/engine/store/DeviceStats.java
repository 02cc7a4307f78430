package io.ttsql.engine.store;

/**
 * One device's section of a statistics block. The enhanced server prints KB instead of bytes;
 * its figures are converted back to (rounded) bytes.
 *
 * @param device the device id, or null for {@link #NO_DEVICE}
 * @param buffers keys held on the device
 * @param dramBytes stored bytes of DRAM buffers
 * @param l1Bytes stored bytes of L1 buffers
 * @param totalBytes stored bytes of all types
 * @param inKb whether the sizes were printed in KB only (6 significant digits), so the bytes are rounded
 */
public record DeviceStats(Integer device, long buffers, long dramBytes, long l1Bytes, long totalBytes, boolean inKb) {
  /** The figures of a block that lists no device (FORMATS.md 1.8, an empty server): no device holds anything. */
  public static final DeviceStats NO_DEVICE = new DeviceStats(null, 0, 0, 0, 0, false);
}
