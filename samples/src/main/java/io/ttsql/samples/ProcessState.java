package io.ttsql.samples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the generator knows of one client process: its pid, the slot whose address ranges it
 * uses, the buffers it holds and the {@code Buffer*} values its heap hands out.
 */
final class ProcessState {
  /** Spacing of {@code Buffer*} values, like a heap's object size class. */
  private static final long PTR_STEP = 0x270;

  private final int pid;
  private final int slot;
  private final List<LiveBuffer> live = new ArrayList<>();
  private final Map<Long, Integer> liveAtKey = new HashMap<>();
  private final ArrayDeque<Long> freedPtrs = new ArrayDeque<>();
  private long nextPtr;
  private int leaks;

  /**
   * @param heapIndex distinct for every process of a run, so that no two heaps overlap
   */
  ProcessState(int pid, int slot, int heapIndex) {
    this.pid = pid;
    this.slot = slot;
    this.nextPtr = 0x55d0_0000_0000L + heapIndex * 0x1_0000_0000L + 0x1c9e80L;
  }

  int pid() {
    return pid;
  }

  int slot() {
    return slot;
  }

  int liveCount() {
    return live.size();
  }

  int leaks() {
    return leaks;
  }

  /** The (device, address) key packed in one long. */
  static long key(int device, long address) {
    return address << 3 | device;
  }

  /** True if the process holds a buffer at {@code (device, address)}. */
  boolean holds(int device, long address) {
    return liveAtKey.containsKey(key(device, address));
  }

  void add(LiveBuffer buffer) {
    live.add(buffer);
    if (buffer.leaky()) {
      leaks++;
    }
    for (Allocation a : buffer.parts()) {
      liveAtKey.merge(key(a.device(), a.address()), 1, Integer::sum);
    }
  }

  /** A random held buffer, or null if none is held. */
  LiveBuffer any(SplittableRandom random) {
    return live.isEmpty() ? null : live.get(random.nextInt(live.size()));
  }

  /** Removes and returns a random buffer the process will free, or null if it finds none. */
  LiveBuffer takeFreeable(SplittableRandom random) {
    for (int attempt = 0; attempt < 4 && !live.isEmpty(); attempt++) {
      int i = random.nextInt(live.size());
      LiveBuffer b = live.get(i);
      if (!b.leaky()) {
        live.set(i, live.get(live.size() - 1));
        live.remove(live.size() - 1);
        forget(b);
        return b;
      }
    }
    return null;
  }

  /** Removes and returns the buffers the process leaked, in the order it holds them. */
  List<LiveBuffer> takeLeaked() {
    List<LiveBuffer> leaked = live.stream().filter(LiveBuffer::leaky).toList();
    leaked.forEach(this::forget);
    live.removeIf(LiveBuffer::leaky);
    return leaked;
  }

  /** A {@code Buffer*} for a new object: half the time one the heap got back, if any. */
  long newPtr(SplittableRandom random) {
    if (!freedPtrs.isEmpty() && random.nextBoolean()) {
      return freedPtrs.poll();
    }
    return freshPtr();
  }

  /** A {@code Buffer*} never handed out before. */
  long freshPtr() {
    long ptr = nextPtr;
    nextPtr += PTR_STEP;
    return ptr;
  }

  private void forget(LiveBuffer b) {
    for (Allocation a : b.parts()) {
      liveAtKey.computeIfPresent(key(a.device(), a.address()), (k, n) -> n == 1 ? null : n - 1);
    }
  }

  /** Gives {@code ptr} back to the heap once its buffer's deallocation is logged. */
  void release(long ptr) {
    freedPtrs.add(ptr);
  }
}
