package io.ttsql.engine.analysis;

import io.ttsql.engine.ByteTotals;
import io.ttsql.engine.model.BufferType;
import java.util.Arrays;

/**
 * Running sums per device, and over all devices (device null), for {@link StatsReplay}: keys
 * held, and stored bytes in all and per buffer type; a change of unknown size counts as a key but
 * adds no bytes. The bytes are {@link ByteTotals}: exact past 2^63-1, read saturated there.
 */
final class DeviceSums {
  private static final int TYPES = BufferType.values().length;

  private final KeyIndex devices = new KeyIndex();
  private long[] buffers = new long[8];
  private final ByteTotals totalBytes = new ByteTotals(8);
  private final ByteTotals bytesByType = new ByteTotals(8 * TYPES);

  /** Adds a key change of {@code change} (+1 or -1) with its signed {@code bytes} (or null) and type (or null). */
  void add(int device, int change, Long bytes, BufferType type) {
    for (int d : new int[] {index(device), index(null)}) {
      buffers[d] += change;
      if (bytes != null) {
        totalBytes.add(d, bytes);
        if (type != null) {
          bytesByType.add(d * TYPES + type.ordinal(), bytes);
        }
      }
    }
  }

  /** Keys held on {@code device}, or on all devices when it is null. */
  long buffers(Integer device) {
    int d = index(device);
    return buffers[d];
  }

  long totalBytes(Integer device) {
    int d = index(device);
    return totalBytes.bigint(d);
  }

  long bytes(Integer device, BufferType type) {
    int d = index(device);
    return bytesByType.bigint(d * TYPES + type.ordinal());
  }

  /**
   * The dense index of {@code device}, the arrays grown to hold it. Callers take it before they
   * read an array: {@code buffers[index(device)]} would read the array from before the growth.
   */
  private int index(Integer device) {
    int d = devices.idOf(KeyIndex.nullableInt(device == null, device == null ? 0 : device), 0);
    if (d >= buffers.length) {
      buffers = Arrays.copyOf(buffers, buffers.length * 2);
      totalBytes.grow(buffers.length);
      bytesByType.grow(buffers.length * TYPES);
    }
    return d;
  }
}
