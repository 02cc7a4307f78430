package io.ttsql.engine.analysis;

import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntList;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Pairs allocations with what ended them, in one pass over the events in log order.
 *
 * <p>The key is (device, address). A free closes the most recent open allocation with its key
 * (LIFO); in the debug log, the most recent one with the free's {@code Buffer*} when there is one
 * (the pointer breaks ties, as the heap reuses it too), and none when the pointer and the size both
 * differ from the most recent's (another buffer's free, which closes nothing). A server free that
 * erases the key ({@code FINAL}, or the bare form) closes the key's current generation: the latest
 * allocation in the new-key form and the ref-counted ones after it, whose other free lines were
 * lost; an older generation left open (a lost {@code FINAL}, or a leak of a run of the server
 * that left no banner) stays open. A debug-log destructor closes the allocation of its {@code
 * Buffer*} when that buffer does not own its memory, or is of size 0, since no free follows then. An
 * unknown free closes nothing. A process exit closes every open allocation whose key that pid
 * owns, as the server does: an allocation in the new-key form (no {@code ref_count} printed) makes
 * its sender the key's owner, and a ref-counted one joins the key's owner (unknown when the key's
 * first allocation is not in the log, or only an older generation of the key is open: the sender
 * only added a reference). The server's start
 * (its banner) closes every open allocation of a server log, since a server starts empty: what it
 * held when it stopped or was killed went with it. The enhanced server's change of a key's stored
 * size (a resize) ends nothing. Whatever is open at the end ends with the log. An allocation is
 * overlapped when another open allocation held its key at the same time.
 *
 * <p>Keys are numbered densely and the open allocations of a key form a stack linked through
 * arrays, so pairing makes no object per event.
 */
public final class LifetimePairer {
  private static final int OPEN = -2;
  private static final int NONE = -1;
  /**
   * The owner of a server key first seen in the {@code ref_count} form: it existed before (made
   * before tracking started, or its line lost), and its owner, the first allocation's sender, is not
   * in the log; no process exit closes it, the server's start does.
   */
  private static final int UNKNOWN_OWNER = -3;

  private LifetimePairer() {}

  /** Pairs the events of one trace. */
  public static Lifetimes pair(EventColumns events) {
    return new Run(events).pairAll();
  }

  /** One pairing pass and its working state; lifetime {@code i} is the i-th allocation. */
  private static final class Run {
    private final EventColumns events;
    private final BufferKeys keys;
    private final IntList allocSeq = new IntList();
    private final IntList endSeq = new IntList();
    private final IntList endReason = new IntList();
    private final IntList occurrence = new IntList();
    private final IntList keyOf = new IntList();
    /** The number of the pid owning each lifetime's key ({@link #ownerNumber}), or NONE in the debug log, which has no pids. */
    private final IntList owner = new IntList();
    /** The open lifetime below each one on its key's stack. */
    private final IntList below = new IntList();
    /** The previous lifetime whose key has the same owner. */
    private final IntList sameOwner = new IntList();
    private final BitSet overlapped = new BitSet();
    /** The lifetimes that joined an existing key (ref_count form) rather than created it. */
    private final BitSet joined = new BitSet();
    /** The lifetimes still open when their key was created again: their ends no longer release it. */
    private final BitSet superseded = new BitSet();
    private final IntList unmatched = new IntList();
    private final IntList resizeSeqs = new IntList();
    private final IntList resizeKeys = new IntList();
    /** Numbers the owning pids densely. */
    private final KeyIndex owners = new KeyIndex();
    /** The most recent lifetime of each owner (by its number), or NONE. */
    private final IntList lastByOwner = new IntList();
    private int[] topByKey = new int[1024];
    /** Numbers the (key, Buffer*) pairs of the debug log, whose open allocations form stacks of their own. */
    private final KeyIndex pointers = new KeyIndex();
    private int[] topByPointer = new int[1024];
    /** The open lifetime below each one on its (key, Buffer*) stack, or NONE. */
    private final IntList belowSamePointer = new IntList();
    private int[] occurrencesByAddress = new int[1024];
    /** The lifetimes before this one were closed, or left open as the debug log's, at the last server start. */
    private int scanAtStartFrom;

    Run(EventColumns events) {
      this.events = events;
      this.keys = new BufferKeys(events);
      Arrays.fill(topByKey, NONE);
      Arrays.fill(topByPointer, NONE);
    }

    Lifetimes pairAll() {
      int count = events.count();
      for (int seq = 0; seq < count; seq++) {
        EventKind kind = events.kind(seq);
        switch (kind) {
          case ALLOC -> open(seq);
          case FREE -> free(seq);
          case UNKNOWN_FREE -> unmatched.add(seq);
          case PROCESS_EXIT -> processExit(seq);
          case DESTRUCTOR -> destructor(seq);
          case SERVER_START -> serverStart(seq);
          case RESIZE -> { // ends nothing; its key is kept for the sizes the key holds
            resizeSeqs.add(seq);
            resizeKeys.add(keys.pairing(seq));
          }
        }
      }
      for (int i = 0; i < endSeq.size(); i++) {
        if (endSeq.get(i) == OPEN) {
          close(i, -1, EndReason.END_OF_LOG);
        }
      }
      return new Lifetimes(allocSeq.toArray(), endSeq.toArray(), endReason.toByteArray(), overlapped,
          occurrence.toArray(), keyOf.toArray(), keys.pairingCount(), joined, superseded, unmatched.toArray(),
          new StoredSizeChanges(resizeSeqs.toArray(), resizeKeys.toArray()));
    }

    private void open(int seq) {
      int lifetime = allocSeq.size();
      allocSeq.add(seq);
      endSeq.add(OPEN);
      endReason.add(0);
      int address = keys.address(seq);
      occurrencesByAddress = ensure(occurrencesByAddress, address, 0);
      occurrence.add(++occurrencesByAddress[address]);
      int key = keys.pairing(seq);
      keyOf.add(key);
      topByKey = ensure(topByKey, key, NONE);
      int top = openTop(key);
      if (top >= 0) {
        overlapped.set(top);
        overlapped.set(lifetime);
      }
      below.add(top);
      topByKey[key] = lifetime;
      if (events.bufferPtr().isNull(seq)) {
        belowSamePointer.add(NONE);
      } else {
        int pointer = pointerId(key, events.bufferPtr().get(seq));
        belowSamePointer.add(topByPointer[pointer]);
        topByPointer[pointer] = lifetime;
      }
      // A key created again over open allocations erased them: a reference joins only the current generation.
      boolean joins = top >= 0 && !superseded.get(top) && addsReference(seq);
      if (joins) {
        joined.set(lifetime);
      } else {
        // The key is created again over the allocations still open on it (their frees lost).
        for (int open = top; open >= 0 && !superseded.get(open); open = openBelow(open)) {
          superseded.set(open);
        }
      }
      int keyOwner = joins ? owner.get(top) : addsReference(seq) ? UNKNOWN_OWNER : sender(seq);
      owner.add(keyOwner);
      int previous = NONE;
      if (keyOwner >= 0) {
        previous = lastByOwner.get(keyOwner);
        lastByOwner.set(keyOwner, lifetime);
      }
      sameOwner.add(previous);
    }

    private void free(int seq) {
      int key = keys.pairing(seq);
      int top = openTop(key);
      if (top < 0) {
        unmatched.add(seq);
        return;
      }
      if (below.get(top) < 0) {
        // The common case: one open allocation, whatever the free's form, unless it is another buffer's.
        if (otherBuffer(seq, top)) {
          unmatched.add(seq);
          return;
        }
        topByKey[key] = NONE;
        close(top, seq, EndReason.FREED);
      } else {
        freeAmongSeveral(seq, key, top);
      }
    }

    /**
     * Whether the debug-log free at {@code seq} cannot be of the buffer {@code lifetime} allocated:
     * its {@code Buffer*} and its size both differ (a buffer is freed through the object that
     * allocated it; a free of a buffer allocated before logging started meets another's).
     */
    private boolean otherBuffer(int seq, int lifetime) {
      int alloc = allocSeq.get(lifetime);
      return !events.bufferPtr().isNull(seq) && !events.bufferPtr().isNull(alloc)
          && events.bufferPtr().get(seq) != events.bufferPtr().get(alloc)
          && !events.size().isNull(seq) && !events.size().isNull(alloc)
          && events.size().get(seq) != events.size().get(alloc);
    }

    /** A free of {@code key}, which may hold several open allocations, {@code top} the most recent. */
    private void freeAmongSeveral(int seq, int key, int top) {
      if (erasesKey(seq)) {
        for (int lifetime = top; lifetime >= 0; lifetime = openBelow(lifetime)) {
          close(lifetime, seq, EndReason.FREED);
          if (!joined.get(lifetime)) {
            break; // the allocation that created this generation of the key
          }
        }
      } else {
        int pointed = events.bufferPtr().isNull(seq) ? NONE : withPointer(key, events.bufferPtr().get(seq));
        if (pointed < 0 && otherBuffer(seq, top)) {
          unmatched.add(seq);
        } else {
          close(pointed >= 0 ? pointed : top, seq, EndReason.FREED);
        }
      }
    }

    /** Closes the open allocation of a destructor's {@code Buffer*} if it does not own its memory. */
    private void destructor(int seq) {
      int key = keys.pairing(seq);
      int top = openTop(key);
      int lifetime = top < 0 || events.bufferPtr().isNull(seq) ? NONE : withPointer(key, events.bufferPtr().get(seq));
      if (lifetime >= 0 && noDeallocationFollows(allocSeq.get(lifetime))) {
        close(lifetime, seq, EndReason.FREED);
      }
    }

    /**
     * Whether no DEALLOCATED block follows the destructor of the buffer allocated at {@code
     * alloc}: it does not own its memory, or its size is 0, whose deallocation is never logged.
     */
    private boolean noDeallocationFollows(int alloc) {
      return Boolean.FALSE.equals(events.ownsData().boxed(alloc))
          || (!events.size().isNull(alloc) && events.size().get(alloc) == 0);
    }

    /** A server allocation in the {@code ref_count} form (a count of 2 or more): the key existed. */
    private boolean addsReference(int seq) {
      return !events.refCount().isNull(seq) && events.refCount().get(seq) >= 2;
    }

    /** A server free in the {@code FINAL} or bare form (pid given, no count remaining): the key is gone. */
    private boolean erasesKey(int seq) {
      return !events.pid().isNull(seq) && (events.refCount().isNull(seq) || events.refCount().get(seq) == 0);
    }

    /** The most recent open allocation of {@code key} whose {@code Buffer*} is {@code pointer}, or NONE. */
    private int withPointer(int key, long pointer) {
      int id = pointerId(key, pointer);
      int lifetime = topByPointer[id];
      while (lifetime >= 0 && endSeq.get(lifetime) != OPEN) {
        lifetime = belowSamePointer.get(lifetime);
      }
      topByPointer[id] = lifetime;
      return lifetime;
    }

    /** The dense id of ({@code key}, {@code pointer}), with room for it in {@link #topByPointer}. */
    private int pointerId(int key, long pointer) {
      int id = pointers.idOf(key, pointer);
      topByPointer = ensure(topByPointer, id, NONE);
      return id;
    }

    /** The number of the pid that sent allocation {@code seq}, or NONE (the debug log has no pids). */
    private int sender(int seq) {
      return events.pid().isNull(seq) ? NONE : ownerNumber(events.pid().get(seq));
    }

    private void processExit(int seq) {
      if (events.pid().isNull(seq)) {
        return;
      }
      int ownerNumber = ownerNumber(events.pid().get(seq));
      int last = lastByOwner.get(ownerNumber);
      lastByOwner.set(ownerNumber, NONE);
      for (int lifetime = last; lifetime >= 0; lifetime = sameOwner.get(lifetime)) {
        if (endSeq.get(lifetime) == OPEN) {
          close(lifetime, seq, EndReason.PROCESS_EXIT);
        }
      }
    }

    /**
     * Closes every open allocation of a server log (those with an owner); the buffer debug log's
     * are the program's own and stay open. Each start scans only the lifetimes opened since the
     * last one: those before were closed there or are the debug log's, which no start closes, so
     * a log of many restarts is not scanned over and over, even behind a debug log's open buffers.
     */
    private void serverStart(int seq) {
      for (int lifetime = scanAtStartFrom; lifetime < endSeq.size(); lifetime++) {
        if (endSeq.get(lifetime) == OPEN && owner.get(lifetime) != NONE) {
          close(lifetime, seq, EndReason.SERVER_RESTART);
        }
      }
      scanAtStartFrom = endSeq.size();
    }

    private int ownerNumber(int pid) {
      int number = owners.idOf(pid, 0);
      if (number == lastByOwner.size()) {
        lastByOwner.add(NONE);
      }
      return number;
    }

    /** Drops closed lifetimes from the top of {@code key}'s stack; returns the open top, or NONE. */
    private int openTop(int key) {
      if (key >= topByKey.length) {
        return NONE; // a key no allocation has opened
      }
      int top = topByKey[key];
      while (top >= 0 && endSeq.get(top) != OPEN) {
        top = below.get(top);
      }
      topByKey[key] = top;
      return top;
    }

    /** The open lifetime nearest below {@code lifetime} on its key's stack; closed ones in between are unlinked. */
    private int openBelow(int lifetime) {
      int next = below.get(lifetime);
      while (next >= 0 && endSeq.get(next) != OPEN) {
        next = below.get(next);
      }
      below.set(lifetime, next);
      return next;
    }

    private void close(int lifetime, int seq, EndReason reason) {
      endSeq.set(lifetime, seq);
      endReason.set(lifetime, reason.ordinal());
    }

    private static int[] ensure(int[] array, int index, int fill) {
      if (index < array.length) {
        return array;
      }
      int oldLength = array.length;
      int[] grown = Arrays.copyOf(array, Math.max(oldLength * 2, index + 1));
      Arrays.fill(grown, oldLength, grown.length, fill);
      return grown;
    }
  }
}
