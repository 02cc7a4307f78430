package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.udf.SizeFunctions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One row per (device, address) that allocations and frees name, in order of first appearance:
 * how often it was allocated and freed (the naive count people compare with), with which sizes
 * and types, and how many of its lifetimes leaked or overlapped. The counts take one pass over the
 * events ({@link AddressCounts}, in two halves at once); the lifetime figures one over the
 * lifetimes, only when a query reads them, so the naive count never waits for pairing.
 */
public final class AddressSummary {
  private final AddressCounts counts;
  private final Lazy<int[][]> lifetimeCounts;
  private String[] sizes;
  private int[] distinctSizes;

  private AddressSummary(AddressCounts counts, Supplier<Lifetimes> lifetimes) {
    this.counts = counts;
    describeSizes(counts.distinctSizes);
    lifetimeCounts = new Lazy<>(() -> countLifetimes(lifetimes.get()));
  }

  /**
   * Summarises the addresses of a trace whose events pair into {@code lifetimes} (asked for only
   * if needed), counting the two halves of the events at the same time.
   */
  public static AddressSummary of(EventColumns events, Supplier<Lifetimes> lifetimes) {
    return of(events, lifetimes, 2);
  }

  /** As {@link #of(EventColumns, Supplier)}, counting {@code slices} consecutive ranges of events at the same time. */
  static AddressSummary of(EventColumns events, Supplier<Lifetimes> lifetimes, int slices) {
    int n = events.count();
    List<CompletableFuture<AddressCounts>> later = new ArrayList<>();
    for (int i = 1; i < slices; i++) {
      int from = (int) ((long) n * i / slices);
      int to = (int) ((long) n * (i + 1) / slices);
      later.add(CompletableFuture.supplyAsync(() -> AddressCounts.of(events, from, to)));
    }
    AddressCounts counts = AddressCounts.of(events, 0, (int) ((long) n / slices));
    for (CompletableFuture<AddressCounts> slice : later) {
      counts.absorb(slice.join());
    }
    return new AddressSummary(counts, lifetimes);
  }

  /** Leaks and overlapped lifetimes per row; the i-th lifetime is the i-th allocation. */
  private int[][] countLifetimes(Lifetimes lifetimes) {
    int[] leaks = new int[rowCount()];
    int[] overlapped = new int[rowCount()];
    for (int i = 0; i < lifetimes.count(); i++) {
      int row = counts.allocationRow(i);
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
    Map<Long, String> written = new HashMap<>(); // few sizes recur over many rows: each written once
    for (long[] pair : distinct) {
      int row = (int) pair[0];
      String size = written.computeIfAbsent(pair[1], SizeFunctions::exactBytes);
      sizes[row] = sizes[row] == null ? size : sizes[row] + ", " + size;
      distinctSizes[row]++;
    }
  }

  public int rowCount() {
    return counts.rowCount();
  }

  /** The device, or null for frees that name none (the server's bare unknown-buffer warning). */
  public Integer device(int row) {
    return counts.device(row);
  }

  public long address(int row) {
    return counts.address(row);
  }

  public int allocs(int row) {
    return counts.allocs(row);
  }

  public int frees(int row) {
    return counts.frees(row);
  }

  public int unknownFrees(int row) {
    return counts.unknownFrees(row);
  }

  public int distinctSizes(int row) {
    return distinctSizes[row];
  }

  /** The distinct allocation sizes, smallest first ({@code 4 KB, 8200 B}: in bytes where a unit would round), or null without allocations. */
  public String sizes(int row) {
    return sizes[row];
  }

  /** The most frequent type of the row's allocations (the first by name on a tie), or null. */
  public BufferType bufferType(int row) {
    BufferType best = null;
    int bestCount = 0;
    for (BufferType type : BufferType.values()) {
      int n = counts.typeCount(row, type);
      if (n > bestCount || n == bestCount && n > 0 && type.name().compareTo(best.name()) < 0) {
        best = type;
        bestCount = n;
      }
    }
    return best;
  }

  /** Lifetimes at the row's address not freed (process_exit, end_of_log or server_restart). */
  public int leaks(int row) {
    return lifetimeCounts.get()[0][row];
  }

  /** Lifetimes at the row's address that overlapped another. */
  public int overlapped(int row) {
    return lifetimeCounts.get()[1][row];
  }

  public int firstSeq(int row) {
    return counts.firstSeq(row);
  }

  public int lastSeq(int row) {
    return counts.lastSeq(row);
  }
}
