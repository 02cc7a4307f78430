package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntList;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The generations of the server's keys for {@link StatsReplay}, found in seq order: a generation
 * of a key starts where its count of open lifetimes leaves 0, or where an allocation creates the
 * key again over lifetimes left open, and stops where the count comes back to 0, or at that
 * allocation (or never). Each has its device and its stored size and type: the largest size and the last
 * type by name among the allocations at its start and stop. A change of the stored size (the
 * enhanced server's resize) moves the held key's bytes to a generation of the new size. The
 * starts, stops and moves are kept in seq order as changes.
 */
final class KeyGenerations {
  /** What a change does to its generation: the key and its bytes come or go, or only its bytes. */
  private static final int START = 0;
  private static final int STOP = 1;
  private static final int BYTES_OUT = 2;
  private static final int BYTES_IN = 3;

  private final EventColumns events;
  private final int[] held;
  private final int[] openGeneration;
  private final IntList devices = new IntList();
  private final IntList types = new IntList();
  private long[] sizes = new long[1024];
  private final BitSet hasSize = new BitSet();
  private final IntList changes = new IntList();
  private final IntList changeSeqs = new IntList();

  /** Generations of {@code keyCount} keys (numbered from 0) of the events of {@code events}. */
  KeyGenerations(EventColumns events, int keyCount) {
    this.events = events;
    this.held = new int[keyCount];
    this.openGeneration = new int[keyCount];
  }

  /**
   * At {@code seq}, {@code opened} lifetimes of {@code key} open (the allocation at {@code seq})
   * and {@code closed} end; {@code creates} when that allocation creates the key (new-key form),
   * which starts a new generation even over lifetimes left open. Seqs must come in order.
   */
  void event(int key, int seq, int opened, int closed, boolean creates) {
    int delta = opened - closed;
    int before = held[key];
    held[key] += delta;
    if (before == 0 && held[key] > 0) {
      start(key, seq, opened > 0);
    } else if (before > 0 && creates) {
      change(openGeneration[key], STOP, seq); // their frees were lost: the server erased the key before
      held[key] = opened - closed; // the older lifetimes no longer count (the caller drops their ends)
      start(key, seq, true);
    } else if (held[key] == 0 && delta < 0) {
      int g = openGeneration[key];
      take(g, seq, opened > 0);
      change(g, STOP, seq);
    }
  }

  /**
   * At {@code seq}, the stored size of {@code key} becomes {@code size}: its generation, if it is
   * held, goes on as one of that size, with the same device and type.
   */
  void resize(int key, int seq, long size) {
    if (held[key] == 0) {
      return;
    }
    int old = openGeneration[key];
    int g = newGeneration(key, devices.get(old));
    types.set(g, types.get(old));
    sizes[g] = size;
    hasSize.set(g);
    change(old, BYTES_OUT, seq);
    change(g, BYTES_IN, seq);
  }

  /** Starts a generation of {@code key} at {@code seq}, with the allocation there if {@code allocation}. */
  private void start(int key, int seq, boolean allocation) {
    int g = newGeneration(key, events.device().get(seq));
    take(g, seq, allocation);
    change(g, START, seq);
  }

  /** A generation of {@code key} on {@code device}, of no size or type yet, as the key's open one. */
  private int newGeneration(int key, int device) {
    int g = devices.size();
    openGeneration[key] = g;
    devices.add(device);
    types.add(-1);
    if (g == sizes.length) {
      sizes = Arrays.copyOf(sizes, g * 2);
    }
    return g;
  }

  /** True while {@code key} has a generation open. */
  boolean isHeld(int key) {
    return held[key] > 0;
  }

  private void change(int g, int what, int seq) {
    changes.add(g << 2 | what);
    changeSeqs.add(seq);
  }

  /** The size and type of the allocation at {@code seq}, if there is one, join generation {@code g}'s. */
  private void take(int g, int seq, boolean allocation) {
    if (!allocation) {
      return;
    }
    if (!events.size().isNull(seq) && (!hasSize.get(g) || events.size().get(seq) > sizes[g])) {
      sizes[g] = events.size().get(seq);
      hasSize.set(g);
    }
    BufferType allocated = events.bufferType(seq);
    int type = types.get(g);
    if (allocated != null && (type < 0 || allocated.name().compareTo(BufferType.of(type).name()) > 0)) {
      types.set(g, allocated.ordinal());
    }
  }

  /** How many starts, stops and moves were found. */
  int changeCount() {
    return changes.size();
  }

  /** The seq of change {@code c} (in seq order). */
  int changeSeq(int c) {
    return changeSeqs.get(c);
  }

  /**
   * Adds change {@code c} to the sums of its generation's device: a key (unless only its bytes
   * move), and its stored bytes if its size is known.
   */
  void apply(int c, DeviceSums sums) {
    int change = changes.get(c);
    int g = change >>> 2;
    int what = change & 3;
    int sign = what == START || what == BYTES_IN ? 1 : -1;
    int type = types.get(g);
    sums.add(devices.get(g), what == START || what == STOP ? sign : 0, hasSize.get(g) ? sign * sizes[g] : null,
        type < 0 ? null : BufferType.of(type));
  }
}
