package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.LongStream;

/**
 * The generations of the server's keys for {@link StatsReplay}, in the order they start: each has
 * its device, the seq where it starts and the seq where it stops (none if it lasts to the end),
 * and its stored size and type: the largest size and the last type by name among the allocations
 * at those two seqs.
 */
final class KeyGenerations {
  private final EventColumns events;
  private final IntList devices = new IntList();
  private final IntList starts = new IntList();
  private final IntList stops = new IntList();
  private final IntList types = new IntList();
  private final LongStream.Builder sizes = LongStream.builder();
  private final BitSet hasSize = new BitSet();
  private long[] sizeArray;
  private boolean open;
  private int start;
  private int stop;
  private long size;
  private boolean sized;
  private BufferType type;

  KeyGenerations(EventColumns events) {
    this.events = events;
  }

  /** A generation starts at {@code seq}; {@code allocation} when an allocation of its key is at that seq. */
  void start(int seq, boolean allocation) {
    end();
    open = true;
    start = seq;
    stop = -1;
    sized = false;
    type = null;
    take(seq, allocation);
  }

  /** The open generation stops at {@code seq}. */
  void stop(int seq, boolean allocation) {
    take(seq, allocation);
    stop = seq;
    end();
  }

  /** Ends the open generation, if any (at its stop, or at the end of its key's events). */
  void end() {
    if (!open) {
      return;
    }
    int generation = starts.size();
    devices.add(events.device().get(start));
    starts.add(start);
    stops.add(stop);
    types.add(type == null ? -1 : type.ordinal());
    sizes.add(size);
    hasSize.set(generation, sized);
    open = false;
  }

  /** The size and type of the allocation at {@code seq}, if any, join the generation's. */
  private void take(int seq, boolean allocation) {
    if (!allocation) {
      return;
    }
    if (!events.size().isNull(seq) && (!sized || events.size().get(seq) > size)) {
      size = events.size().get(seq);
      sized = true;
    }
    BufferType allocated = events.bufferType(seq);
    if (allocated != null && (type == null || allocated.name().compareTo(type.name()) > 0)) {
      type = allocated;
    }
  }

  /** Every start and stop as {@code seq << 32 | generation << 1 | (1 for a stop)}, in seq order. */
  long[] changesBySeq() {
    sizeArray = sizes.build().toArray();
    LongStream.Builder changes = LongStream.builder();
    for (int g = 0; g < starts.size(); g++) {
      changes.add((long) starts.get(g) << 32 | (long) g << 1);
      if (stops.get(g) >= 0) {
        changes.add((long) stops.get(g) << 32 | (long) g << 1 | 1);
      }
    }
    long[] sorted = changes.build().toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  /** Adds one change of {@link #changesBySeq} (its low 32 bits) to the sums of its generation's device. */
  void apply(int change, DeviceSums sums) {
    int g = change >>> 1;
    int sign = (change & 1) == 0 ? 1 : -1;
    int typeOrdinal = types.get(g);
    sums.add(devices.get(g), sign, hasSize.get(g) ? sign * sizeArray[g] : null,
        typeOrdinal < 0 ? null : BufferType.of(typeOrdinal));
  }
}
