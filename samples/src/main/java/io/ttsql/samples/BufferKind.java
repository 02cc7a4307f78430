package io.ttsql.samples;

import java.util.SplittableRandom;

/**
 * The buffer types the generator allocates (each constant is the name the server prints), with
 * the debug log's name, the sizes drawn for them and where their addresses lie: each process slot
 * owns a disjoint range of every type, so two processes never share a (device, address) key.
 */
enum BufferKind {
  DRAM("DRAM", 0x2000_0000L, 0x0800_0000L, 0x40_0000L, 32,
      new long[] {2048, 32768, 65536, 131072, 1048576, 2097152, 3145728, 4194304}),
  L1("L1", 0x2_0000L, 0x3_0000L, 0x4000L, 12, new long[] {1024, 2048, 4096, 6144, 8192, 12288, 16384}),
  L1_SMALL("L1_SMALL", 0x4000L, 0x2000L, 0x400L, 8, new long[] {256, 512, 768, 1024}),
  /** Trace regions; its address range also hosts the DRAM buffers that span the whole mesh. */
  TRACE("OTHER", 0x7000_0000L, 0x100_0000L, 0x40_0000L, 4, new long[] {1048576, 2097152, 4194304});

  private final byte[] serverName;
  private final byte[] debugName;
  private final long base;
  private final long slotStride;
  private final long step;
  private final int addressesPerSlot;
  private final long[] sizes;

  BufferKind(String debugName, long base, long slotStride, long step, int addressesPerSlot, long[] sizes) {
    this.serverName = LineWriter.utf8(name());
    this.debugName = LineWriter.utf8(debugName);
    this.base = base;
    this.slotStride = slotStride;
    this.step = step;
    this.addressesPerSlot = addressesPerSlot;
    this.sizes = sizes;
  }

  /** The name in the server's {@code ✓} lines. */
  byte[] serverName() {
    return serverName;
  }

  /** The name on the debug log's {@code Type:} line ({@code OTHER} for TRACE). */
  byte[] debugName() {
    return debugName;
  }

  /** How many addresses a process slot may use. */
  int addressesPerSlot() {
    return addressesPerSlot;
  }

  /** The {@code index}-th address of the range of process slot {@code slot}. */
  long address(int slot, int index) {
    return base + slot * slotStride + index * step;
  }

  /** A size for a new buffer of this type. */
  long size(SplittableRandom random) {
    return sizes[random.nextInt(sizes.length)];
  }
}
