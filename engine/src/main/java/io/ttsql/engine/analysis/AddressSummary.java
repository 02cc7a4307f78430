package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntList;
import io.ttsql.udf.SizeFunctions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * One row per (device, address) that allocations and frees name, in order of first appearance:
 * how often it was allocated and freed (the naive count people compare with), with which sizes
 * and types, and how many of its lifetimes leaked or overlapped. The counts take one pass over the
 * events; the lifetime figures one over the lifetimes, only when a query reads them, so the naive
 * count never waits for pairing.
 */
public final class AddressSummary {
  private static final int TYPES = BufferType.values().length;

  private final IntList deviceKeys = new IntList();
  private final List<Long> addresses = new ArrayList<>();
  private final IntList allocs = new IntList();
  private final IntList frees = new IntList();
  private final IntList unknownFrees = new IntList();
  private final IntList firstSeq = new IntList();
  private final IntList lastSeq = new IntList();
  private final IntList lifetimeAddress = new IntList();
  private final Lazy<int[][]> lifetimeCounts;
  private int[] typeCounts = new int[TYPES * 1024];
  private final BitSet noDevice = new BitSet();
  private String[] sizes;
  private int[] distinctSizes;

  private AddressSummary(EventColumns events, Supplier<Lifetimes> lifetimes) {
    KeyIndex keys = new KeyIndex();
    KeyIndex sizePairs = new KeyIndex();
    List<long[]> distinct = new ArrayList<>();
    for (int seq = 0; seq < events.count(); seq++) {
      EventKind kind = events.kind(seq);
      if (kind == EventKind.DESTRUCTOR || kind == EventKind.PROCESS_EXIT || events.address().isNull(seq)) {
        continue;
      }
      boolean hasDevice = !events.device().isNull(seq);
      long deviceKey = KeyIndex.nullableInt(!hasDevice, events.device().get(seq));
      int row = keys.idOf(deviceKey, events.address().get(seq), 0);
      if (row == addresses.size()) {
        addRow(hasDevice ? events.device().get(seq) : 0, events.address().get(seq), seq);
        noDevice.set(row, !hasDevice);
      }
      lastSeq.set(row, seq);
      switch (kind) {
        case ALLOC -> {
          allocs.set(row, allocs.get(row) + 1);
          lifetimeAddress.add(row);
          BufferType type = events.bufferType(seq);
          if (type != null) {
            typeCounts[row * TYPES + type.ordinal()]++;
          }
          long size = events.size().get(seq);
          if (!events.size().isNull(seq) && sizePairs.idOf(row, size, 0) == distinct.size()) {
            distinct.add(new long[] {row, size});
          }
        }
        case FREE -> frees.set(row, frees.get(row) + 1);
        default -> unknownFrees.set(row, unknownFrees.get(row) + 1);
      }
    }
    describeSizes(distinct);
    lifetimeCounts = new Lazy<>(() -> countLifetimes(lifetimes.get()));
  }

  /** Summarises the addresses of a trace whose events pair into {@code lifetimes} (asked for only if needed). */
  public static AddressSummary of(EventColumns events, Supplier<Lifetimes> lifetimes) {
    return new AddressSummary(events, lifetimes);
  }

  private void addRow(int device, long address, int seq) {
    deviceKeys.add(device);
    addresses.add(address);
    for (IntList counter : new IntList[] {allocs, frees, unknownFrees}) {
      counter.add(0);
    }
    firstSeq.add(seq);
    lastSeq.add(seq);
    if (typeCounts.length < addresses.size() * TYPES) {
      typeCounts = Arrays.copyOf(typeCounts, typeCounts.length * 2);
    }
  }

  /** Leaks and overlapped lifetimes per row; the i-th lifetime is the i-th allocation. */
  private int[][] countLifetimes(Lifetimes lifetimes) {
    int[] leaks = new int[rowCount()];
    int[] overlapped = new int[rowCount()];
    for (int i = 0; i < lifetimes.count(); i++) {
      int row = lifetimeAddress.get(i);
      if (lifetimes.endReason(i) != EndReason.FREED) {
        leaks[row]++;
      }
      if (lifetimes.overlapped(i)) {
        overlapped[row]++;
      }
    }
    return new int[][] {leaks, overlapped};
  }

  /** Lists each row's distinct allocation sizes, smallest first, in human units. */
  private void describeSizes(List<long[]> distinct) {
    distinct.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    sizes = new String[rowCount()];
    distinctSizes = new int[rowCount()];
    for (long[] pair : distinct) {
      int row = (int) pair[0];
      String size = SizeFunctions.humanBytes(pair[1]);
      sizes[row] = sizes[row] == null ? size : sizes[row] + ", " + size;
      distinctSizes[row]++;
    }
  }

  public int rowCount() {
    return addresses.size();
  }

  /** The device, or null for frees that name none (the server's bare unknown-buffer warning). */
  public Integer device(int row) {
    return noDevice.get(row) ? null : deviceKeys.get(row);
  }

  public long address(int row) {
    return addresses.get(row);
  }

  public int allocs(int row) {
    return allocs.get(row);
  }

  public int frees(int row) {
    return frees.get(row);
  }

  public int unknownFrees(int row) {
    return unknownFrees.get(row);
  }

  public int distinctSizes(int row) {
    return distinctSizes[row];
  }

  /** The distinct allocation sizes, smallest first ({@code 4 KB, 32 KB}), or null without allocations. */
  public String sizes(int row) {
    return sizes[row];
  }

  /** The most frequent type of the row's allocations (the first by name on a tie), or null. */
  public BufferType bufferType(int row) {
    BufferType best = null;
    int bestCount = 0;
    for (BufferType type : BufferType.values()) {
      int n = typeCounts[row * TYPES + type.ordinal()];
      if (n > bestCount || n == bestCount && n > 0 && type.name().compareTo(best.name()) < 0) {
        best = type;
        bestCount = n;
      }
    }
    return best;
  }

  /** Lifetimes at the row's address not freed (process_exit or end_of_log). */
  public int leaks(int row) {
    return lifetimeCounts.get()[0][row];
  }

  /** Lifetimes at the row's address that overlapped another. */
  public int overlapped(int row) {
    return lifetimeCounts.get()[1][row];
  }

  public int firstSeq(int row) {
    return firstSeq.get(row);
  }

  public int lastSeq(int row) {
    return lastSeq.get(row);
  }
}
