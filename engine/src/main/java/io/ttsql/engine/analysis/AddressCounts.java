package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntColumn;
import io.ttsql.engine.store.IntList;
import io.ttsql.engine.store.LongColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-(device, address) counts of a range of events, rows numbered in order of first
 * appearance; the counts of consecutive ranges, counted apart, {@link #absorb combine} into those
 * of the whole.
 */
final class AddressCounts {
  /** Offsets in a row's figures: its allocs (at 0), frees, unknown frees, last seq, then a count per buffer type. */
  private static final int FREES = 1;
  private static final int UNKNOWN_FREES = 2;
  private static final int LAST_SEQ = 3;
  private static final int TYPE_COUNTS = 4;
  private static final int STRIDE = TYPE_COUNTS + BufferType.values().length;

  /** The (device, address) keys, numbered by row. */
  private final KeyIndex keys = new KeyIndex();
  private final KeyIndex sizePairs = new KeyIndex();
  private final IntList firstSeq = new IntList();
  /** Each row's figures, {@link #STRIDE} ints apart. */
  private int[] figures = new int[STRIDE * 1024];
  /** The row of each allocation, in log order (the i-th allocation is the i-th lifetime), with room for every event. */
  private int[] allocationRows;
  private int allocations;
  /** The distinct (row, size) pairs of allocations, in order of first appearance. */
  final List<long[]> distinctSizes = new ArrayList<>();

  private AddressCounts(int maxAllocations) {
    allocationRows = new int[maxAllocations];
  }

  /** Counts the events {@code [from, to)}, reading the columns a chunk at a time. */
  static AddressCounts of(EventColumns events, int from, int to) {
    AddressCounts counts = new AddressCounts(to - from);
    IntColumn device = events.device();
    LongColumn address = events.address();
    LongColumn size = events.size();
    int[] allocationRows = counts.allocationRows;
    int allocations = 0;
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
        int row = counts.rowOf(KeyIndex.nullableInt(!device.presentIn(rowMeta), devices[i]), addresses[i], seq);
        int[] figures = counts.figures;
        int at = row * STRIDE;
        figures[at + LAST_SEQ] = seq;
        if (kind == EventKind.ALLOC) {
          figures[at]++;
          allocationRows[allocations++] = row;
          BufferType type = EventColumns.bufferTypeIn(rowMeta);
          if (type != null) {
            figures[at + TYPE_COUNTS + type.ordinal()]++;
          }
          if (size.presentIn(rowMeta)) {
            counts.addSize(row, sizes[i]);
          }
        } else {
          figures[at + (kind == EventKind.FREE ? FREES : UNKNOWN_FREES)]++;
        }
      }
    }
    counts.allocations = allocations;
    return counts;
  }

  int rowCount() {
    return keys.size();
  }

  /** The device, or null for frees that name none. */
  Integer device(int row) {
    return KeyIndex.intOrNull(keys.first(row));
  }

  long address(int row) {
    return keys.second(row);
  }

  int allocs(int row) {
    return figures[row * STRIDE];
  }

  int frees(int row) {
    return figures[row * STRIDE + FREES];
  }

  int unknownFrees(int row) {
    return figures[row * STRIDE + UNKNOWN_FREES];
  }

  /** How many of the row's allocations have buffer type {@code type}. */
  int typeCount(int row, BufferType type) {
    return figures[row * STRIDE + TYPE_COUNTS + type.ordinal()];
  }

  int firstSeq(int row) {
    return firstSeq.get(row);
  }

  int lastSeq(int row) {
    return figures[row * STRIDE + LAST_SEQ];
  }

  /** The row of the {@code i}-th allocation. */
  int allocationRow(int i) {
    return allocationRows[i];
  }

  /** Adds the counts of the range that follows this one, its new rows after these. */
  void absorb(AddressCounts later) {
    int[] rowOf = new int[later.rowCount()];
    for (int r = 0; r < later.rowCount(); r++) {
      int row = rowOf(later.keys.first(r), later.keys.second(r), later.firstSeq(r));
      rowOf[r] = row;
      for (int f = 0; f < STRIDE; f++) {
        figures[row * STRIDE + f] += later.figures[r * STRIDE + f];
      }
      figures[row * STRIDE + LAST_SEQ] = later.lastSeq(r); // not a count: the later range's is the last
    }
    allocationRows = Arrays.copyOf(allocationRows, allocations + later.allocations);
    for (int i = 0; i < later.allocations; i++) {
      allocationRows[allocations++] = rowOf[later.allocationRows[i]];
    }
    for (long[] pair : later.distinctSizes) {
      addSize(rowOf[(int) pair[0]], pair[1]);
    }
  }

  /** The row of the (device, address) key, added with {@code seq} as its first event if new. */
  private int rowOf(long device, long address, int seq) {
    int row = keys.idOf(device, address);
    if (row == firstSeq.size()) {
      addRow(seq);
    }
    return row;
  }

  private void addRow(int seq) {
    firstSeq.add(seq);
    if (figures.length < firstSeq.size() * STRIDE) {
      figures = Arrays.copyOf(figures, 2 * figures.length);
    }
  }

  private void addSize(int row, long size) {
    if (sizePairs.idOf(row, size) == distinctSizes.size()) {
      distinctSizes.add(new long[] {row, size});
    }
  }
}
