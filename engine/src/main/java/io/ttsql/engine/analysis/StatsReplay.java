package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.ServerStatsRow;
import io.ttsql.engine.store.SourceInfo;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The statistics blocks of the server log as the server should have printed them, replayed from
 * the lifetimes of the server logs. The server counts keys (device, address), not references: a
 * key exists from the event that opens its first lifetime to the event that ends its last one,
 * and stores the largest size (and the last type by name) of the allocations at the events that
 * create and delete it. One row per {@code server_stats} row, in its order: the keys and stored
 * bytes its device holds once every event up to the block's {@code after_seq} is applied.
 */
public final class StatsReplay {
  private static final String SERVER_FORMAT = "server";

  private final long[] buffers;
  private final long[] totalBytes;
  private final long[] dramBytes;
  private final long[] l1Bytes;

  private StatsReplay(int rows) {
    buffers = new long[rows];
    totalBytes = new long[rows];
    dramBytes = new long[rows];
    l1Bytes = new long[rows];
  }

  /** Replays the server lifetimes of {@code trace} at each of its statistics rows. */
  public static StatsReplay of(AnalyzedTrace trace) {
    KeyGenerations generations = generations(trace);
    List<ServerStatsRow> rows = trace.trace().serverStats();
    StatsReplay replay = new StatsReplay(rows.size());
    replay.sweep(generations, rows);
    return replay;
  }

  public int rowCount() {
    return buffers.length;
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

  /**
   * The generations of every key: each lifetime of a server log opens its key at its allocation
   * and closes it at its end; in (key, seq) order, a generation starts where the key's count of
   * open lifetimes leaves 0 and ends where it comes back to 0. Lifetimes without a device are left
   * out: no statistics row can show them.
   */
  private static KeyGenerations generations(AnalyzedTrace trace) {
    EventColumns events = trace.events();
    Lifetimes lifetimes = trace.lifetimes();
    List<SourceInfo> sources = trace.trace().sources();
    KeyIndex keys = new KeyIndex();
    LongStream.Builder entries = LongStream.builder();
    for (int i = 0; i < lifetimes.count(); i++) {
      int seq = lifetimes.allocSeq(i);
      if (events.device().isNull(seq) || !SERVER_FORMAT.equals(sources.get(events.fileCode(seq)).format())) {
        continue;
      }
      long key = keys.idOf(events.device().get(seq), events.address().get(seq), events.address().isNull(seq) ? 0 : 1);
      // The key, the seq, then 0 for the allocation that opens the lifetime or 1 for the event that ends it.
      entries.add(key << 33 | (long) seq << 1);
      if (lifetimes.endSeq(i) >= 0) {
        entries.add(key << 33 | (long) lifetimes.endSeq(i) << 1 | 1);
      }
    }
    long[] sorted = entries.build().toArray();
    Arrays.sort(sorted);
    KeyGenerations generations = new KeyGenerations(events);
    long key = -1;
    int held = 0;
    for (int e = 0; e < sorted.length; ) {
      long keyAndSeq = sorted[e] >>> 1;
      if (keyAndSeq >>> 32 != key) {
        generations.end();
        key = keyAndSeq >>> 32;
        held = 0;
      }
      int opened = 0;
      int closed = 0;
      for (; e < sorted.length && sorted[e] >>> 1 == keyAndSeq; e++) {
        if ((sorted[e] & 1) == 0) {
          opened++;
        } else {
          closed++;
        }
      }
      int seq = (int) (keyAndSeq & 0xffff_ffffL);
      int delta = opened - closed;
      held += delta;
      if (held == delta && held > 0) {
        generations.start(seq, opened > 0);
      } else if (held == 0 && delta < 0) {
        generations.stop(seq, opened > 0);
      }
    }
    generations.end();
    return generations;
  }

  /** Applies the generations' changes in seq order, reading each block's device after its {@code after_seq}. */
  private void sweep(KeyGenerations generations, List<ServerStatsRow> rows) {
    long[] changes = generations.changesBySeq();
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
      for (; next < changes.length && changes[next] >> 32 <= afterSeq; next++) {
        generations.apply((int) changes[next], sums);
      }
      int row = (int) block;
      int device = rows.get(row).stats().device();
      buffers[row] = sums.buffers(device);
      totalBytes[row] = sums.totalBytes(device);
      dramBytes[row] = sums.bytes(device, BufferType.DRAM);
      l1Bytes[row] = sums.bytes(device, BufferType.L1);
    }
  }
}
