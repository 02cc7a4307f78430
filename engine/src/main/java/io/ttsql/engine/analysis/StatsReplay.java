package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntList;
import io.ttsql.engine.store.ServerStatsRow;
import java.util.Arrays;
import java.util.List;

/**
 * The statistics blocks of the server log as the server should have printed them, replayed from
 * the lifetimes of the server logs. The server counts keys (device, address), not references: a
 * key exists from the event that opens its first lifetime to the event that ends its last one,
 * and stores the largest size (and the last type by name) of the allocations at the events that
 * create and delete it, or the size the enhanced server's resize sets. One row per {@code
 * server_stats} row, in its order: the keys and stored bytes its device holds once every event up
 * to the block's {@code after_seq} is applied.
 */
public final class StatsReplay {
  private final long[] buffers;
  private final long[] totalBytes;
  private final long[] dramBytes;
  private final long[] l1Bytes;
  private final long[] activeAllocations;

  private StatsReplay(int rows) {
    buffers = new long[rows];
    totalBytes = new long[rows];
    dramBytes = new long[rows];
    l1Bytes = new long[rows];
    activeAllocations = new long[rows];
  }

  /** Replays the server lifetimes of {@code trace} at each of its statistics rows. */
  public static StatsReplay of(AnalyzedTrace trace) {
    KeyGenerations generations = generations(trace);
    List<ServerStatsRow> rows = trace.trace().serverStats();
    StatsReplay replay = new StatsReplay(rows.size());
    replay.sweep(generations, rows);
    return replay;
  }

  public long buffers(int row) {
    return buffers[row];
  }

  public long totalBytes(int row) {
    return totalBytes[row];
  }

  public long dramBytes(int row) {
    return dramBytes[row];
  }

  public long l1Bytes(int row) {
    return l1Bytes[row];
  }

  /** Keys held on all devices at the row's block: what its {@code Active allocations} line should say. */
  public long activeAllocations(int row) {
    return activeAllocations[row];
  }

  /**
   * The generations of every key, walking the events in seq order: each lifetime of a server log
   * opens its key at its allocation and closes it at its end, and a resize sets its stored size.
   * Lifetimes without a device are left out: no statistics row can show them.
   */
  private static KeyGenerations generations(AnalyzedTrace trace) {
    EventColumns events = trace.events();
    Lifetimes lifetimes = trace.lifetimes();
    int[] keyOf = new int[lifetimes.count()];
    for (int i = 0; i < lifetimes.count(); i++) {
      int seq = lifetimes.allocSeq(i);
      boolean shown = !events.device().isNull(seq)
          && LogFormat.SERVER.sqlName().equals(trace.trace().formatOf(seq));
      keyOf[i] = shown ? lifetimes.key(i) : -1;
    }
    LifetimeEnds ends = LifetimeEnds.of(lifetimes, events.count());
    KeyGenerations generations = new KeyGenerations(events, lifetimes.keyCount());
    StoredSizeChanges resizes = lifetimes.storedSizeChanges();
    IntList atSeq = new IntList();
    int nextAllocation = 0;
    int nextResize = 0;
    for (int seq = 0; seq < events.count(); seq++) {
      if (nextResize < resizes.count() && resizes.seq(nextResize) == seq) {
        generations.resize(resizes.key(nextResize++), seq, events.size().get(seq));
        continue; // a resize is its own event: no lifetime opens or ends at it
      }
      atSeq.clear();
      int creating = -1;
      if (nextAllocation < lifetimes.count() && lifetimes.allocSeq(nextAllocation) == seq) {
        int key = keyOf[nextAllocation];
        if (key >= 0) {
          atSeq.add(key << 1);
          if (!lifetimes.joinedKey(nextAllocation) && generations.isHeld(key)) {
            creating = key;
          }
        }
        nextAllocation++;
      }
      for (int e = ends.from(seq); e < ends.to(seq); e++) {
        int lifetime = ends.lifetime(e);
        // Left out: lifetimes no row shows, and those a key created again over them no longer ends with.
        if (keyOf[lifetime] >= 0 && !lifetimes.superseded(lifetime)) {
          atSeq.add(keyOf[lifetime] << 1 | 1);
        }
      }
      if (atSeq.size() > 0) {
        countPerKey(atSeq, seq, creating, generations);
      }
    }
    return generations;
  }

  /**
   * Hands {@code generations} the lifetimes opening and closing at {@code seq} counted per key;
   * {@code entries} holds {@code key << 1 | (1 for a close)}, one per lifetime, and {@code
   * creating} is the key that the allocation at {@code seq} creates (new-key form), or -1.
   */
  private static void countPerKey(IntList entries, int seq, int creating, KeyGenerations generations) {
    if (entries.size() == 1) {
      int entry = entries.get(0);
      generations.event(entry >>> 1, seq, 1 - (entry & 1), entry & 1, entry >>> 1 == creating);
      return;
    }
    int[] sorted = entries.toArray();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; ) {
      int key = sorted[i] >>> 1;
      int opened = 0;
      int closed = 0;
      for (; i < sorted.length && sorted[i] >>> 1 == key; i++) {
        if ((sorted[i] & 1) == 0) {
          opened++;
        } else {
          closed++;
        }
      }
      generations.event(key, seq, opened, closed, key == creating);
    }
  }

  /** Applies the generations' changes in seq order, reading each block's device after its {@code after_seq}. */
  private void sweep(KeyGenerations generations, List<ServerStatsRow> rows) {
    long[] blocks = new long[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      Long afterSeq = rows.get(r).afterSeq();
      // Shifted by one so that a block before any event (after_seq NULL) sorts first.
      blocks[r] = (afterSeq == null ? 0 : afterSeq + 1) << 32 | r;
    }
    Arrays.sort(blocks);
    DeviceSums sums = new DeviceSums();
    int next = 0;
    for (long block : blocks) {
      long afterSeq = (block >>> 32) - 1;
      for (; next < generations.changeCount() && generations.changeSeq(next) <= afterSeq; next++) {
        generations.apply(next, sums);
      }
      int row = (int) block;
      Integer device = rows.get(row).stats().device(); // null: a block listing no device, compared with all
      buffers[row] = sums.buffers(device);
      totalBytes[row] = sums.totalBytes(device);
      dramBytes[row] = sums.bytes(device, BufferType.DRAM);
      l1Bytes[row] = sums.bytes(device, BufferType.L1);
      activeAllocations[row] = sums.buffers(null);
    }
  }
}
