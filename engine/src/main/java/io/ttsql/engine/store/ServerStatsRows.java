package io.ttsql.engine.store;

/** One row per device per statistics block of the server log, with the seq of the event before it. */
public final class ServerStatsRows {
  private final LongColumn line = new LongColumn();
  private final LongColumn afterSeq = new LongColumn();
  private final IntColumn device = new IntColumn();
  private final LongColumn buffers = new LongColumn();
  private final LongColumn dramBytes = new LongColumn();
  private final LongColumn l1Bytes = new LongColumn();
  private final LongColumn totalBytes = new LongColumn();
  private final LongColumn activeAllocations = new LongColumn();

  /** Adds a device's row; a negative {@code active} stands for a block cut short (NULL). */
  void add(long blockLine, long seqBefore, DeviceStats s, long active) {
    line.add(blockLine);
    if (seqBefore < 0) {
      afterSeq.addNull();
    } else {
      afterSeq.add(seqBefore);
    }
    device.add(s.device());
    buffers.add(s.buffers());
    dramBytes.add(s.dramBytes());
    l1Bytes.add(s.l1Bytes());
    totalBytes.add(s.totalBytes());
    if (active < 0) {
      activeAllocations.addNull();
    } else {
      activeAllocations.add(active);
    }
  }

  public int count() {
    return device.size();
  }

  public LongColumn line() {
    return line;
  }

  public LongColumn afterSeq() {
    return afterSeq;
  }

  public IntColumn device() {
    return device;
  }

  public LongColumn buffers() {
    return buffers;
  }

  public LongColumn dramBytes() {
    return dramBytes;
  }

  public LongColumn l1Bytes() {
    return l1Bytes;
  }

  public LongColumn totalBytes() {
    return totalBytes;
  }

  public LongColumn activeAllocations() {
    return activeAllocations;
  }
}
