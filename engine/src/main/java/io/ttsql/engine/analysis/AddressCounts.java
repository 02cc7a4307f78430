package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntColumn;
import io.ttsql.engine.store.IntList;
import io.ttsql.engine.store.LongColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The per-(device, address) counts of a range of events, rows numbered in order of first
 * appearance; the counts of consecutive ranges, counted apart, {@link #absorb combine} into those
 * of the whole.
 */
final class AddressCounts {
  static final int TYPES = BufferType.values().length;

  private final KeyIndex keys = new KeyIndex();
  private final KeyIndex sizePairs = new KeyIndex();
  final IntList devices = new IntList();
  final List<Long> addresses = new ArrayList<>();
  final BitSet noDevice = new BitSet();
  final IntList allocs = new IntList();
  final IntList frees = new IntList();
  final IntList unknownFrees = new IntList();
  final IntList firstSeq = new IntList();
  final IntList lastSeq = new IntList();
  /** The row of each allocation, in log order (the i-th allocation is the i-th lifetime). */
  final IntList allocationRows = new IntList();
  /** The distinct (row, size) pairs of allocations, in order of first appearance. */
  final List<long[]> distinctSizes = new ArrayList<>();
  int[] typeCounts = new int[TYPES * 1024];

  /** Counts the events {@code [from, to)}, reading the columns a chunk at a time. */
  static AddressCounts of(EventColumns events, int from, int to) {
    AddressCounts counts = new AddressCounts();
    IntColumn device = events.device();
    LongColumn address = events.address();
    LongColumn size = events.size();
    for (int start = from, end; start < to; start = end) {
      end = EventColumns.chunkEnd(start, to);
      int[] meta = events.metaChunkOf(start);
      int[] devices = device.chunkOf(start);
      long[] addresses = address.chunkOf(start);
      long[] sizes = size.chunkOf(start);
      for (int seq = start; seq < end; seq++) {
        int i = seq & EventColumns.CHUNK_MASK;
        int rowMeta = meta[i];
        EventKind kind = EventColumns.kindIn(rowMeta);
        if (kind == EventKind.DESTRUCTOR || kind == EventKind.PROCESS_EXIT || kind == EventKind.RESIZE
            || !address.presentIn(rowMeta)) {
          continue;
        }
        int row = counts.rowOf(device.presentIn(rowMeta), devices[i], addresses[i], seq);
        counts.lastSeq.set(row, seq);
        if (kind == EventKind.ALLOC) {
          counts.allocs.set(row, counts.allocs.get(row) + 1);
          counts.allocationRows.add(row);
          BufferType type = EventColumns.bufferTypeIn(rowMeta);
          if (type != null) {
            counts.typeCounts[row * TYPES + type.ordinal()]++;
          }
          if (size.presentIn(rowMeta)) {
            counts.addSize(row, sizes[i]);
          }
        } else if (kind == EventKind.FREE) {
          counts.frees.set(row, counts.frees.get(row) + 1);
        } else {
          counts.unknownFrees.set(row, counts.unknownFrees.get(row) + 1);
        }
      }
    }
    return counts;
  }

  int rowCount() {
    return addresses.size();
  }

  /** Adds the counts of the range that follows this one, its new rows after these. */
  void absorb(AddressCounts later) {
    int[] rowOf = new int[later.rowCount()];
    for (int r = 0; r < later.rowCount(); r++) {
      int row = rowOf(!later.noDevice.get(r), later.devices.get(r), later.addresses.get(r), later.firstSeq.get(r));
      rowOf[r] = row;
      allocs.set(row, allocs.get(row) + later.allocs.get(r));
      frees.set(row, frees.get(row) + later.frees.get(r));
      unknownFrees.set(row, unknownFrees.get(row) + later.unknownFrees.get(r));
      lastSeq.set(row, later.lastSeq.get(r));
      for (int t = 0; t < TYPES; t++) {
        typeCounts[row * TYPES + t] += later.typeCounts[r * TYPES + t];
      }
    }
    for (int i = 0; i < later.allocationRows.size(); i++) {
      allocationRows.add(rowOf[later.allocationRows.get(i)]);
    }
    for (long[] pair : later.distinctSizes) {
      addSize(rowOf[(int) pair[0]], pair[1]);
    }
  }

  /** The row of (device, address), added with {@code seq} as its first and last event if new. */
  private int rowOf(boolean hasDevice, int device, long address, int seq) {
    int row = keys.idOf(KeyIndex.nullableInt(!hasDevice, device), address);
    if (row == addresses.size()) {
      devices.add(hasDevice ? device : 0);
      addresses.add(address);
      noDevice.set(row, !hasDevice);
      allocs.add(0);
      frees.add(0);
      unknownFrees.add(0);
      firstSeq.add(seq);
      lastSeq.add(seq);
      if (typeCounts.length < addresses.size() * TYPES) {
        typeCounts = Arrays.copyOf(typeCounts, typeCounts.length * 2);
      }
    }
    return row;
  }

  private void addSize(int row, long size) {
    if (sizePairs.idOf(row, size) == distinctSizes.size()) {
      distinctSizes.add(new long[] {row, size});
    }
  }
}
