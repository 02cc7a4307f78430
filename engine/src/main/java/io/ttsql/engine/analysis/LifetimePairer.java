package io.ttsql.engine.analysis;

import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.IntList;
import io.ttsql.engine.store.EventColumns;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Pairs allocations with what ended them, in one pass over the events in log order.
 *
 * <p>The key is (device, address), plus {@code buffer_ptr} when the event carries one. A free
 * closes the most recent open allocation with its key (LIFO); an unknown free closes nothing; a
 * process exit closes every open allocation whose key that pid owns (as the server does: the owner
 * is the pid that created the key, and a ref-counted duplicate sent by another pid shares it);
 * whatever is open at the end ends with the log. An allocation is overlapped when another open allocation held its key at the same time.
 */
public final class LifetimePairer {
  /** Marks a lifetime without an owning pid (the debug log has none). */
  private static final int NO_OWNER = Integer.MIN_VALUE;

  private LifetimePairer() {}

  /** Pairs the events of one trace. */
  public static Lifetimes pair(EventColumns events) {
    return new Run(events).pairAll();
  }

  /** One pairing pass and its working state. */
  private static final class Run {
    private final EventColumns events;
    private final IntList allocSeq = new IntList();
    private final IntList endSeq = new IntList();
    private final IntList endReason = new IntList();
    private final IntList occurrence = new IntList();
    private final BitSet overlapped = new BitSet();
    private final IntList unmatched = new IntList();
    /** Per lifetime, the pid owning its key, or {@link #NO_OWNER}. */
    private final IntList owner = new IntList();
    private final Map<PairingKey, IntList> openByKey = new HashMap<>();
    private final Map<Integer, IntList> openByPid = new HashMap<>();
    private final Map<PairingKey, int[]> occurrencesByAddress = new HashMap<>();

    Run(EventColumns events) {
      this.events = events;
    }

    Lifetimes pairAll() {
      for (int seq = 0; seq < events.count(); seq++) {
        EventKind kind = events.kind(seq);
        switch (kind) {
          case ALLOC -> open(seq);
          case FREE -> free(seq);
          case UNKNOWN_FREE -> unmatched.add(seq);
          case PROCESS_EXIT -> processExit(seq);
          case DESTRUCTOR -> { }
        }
      }
      for (int i = 0; i < allocSeq.size(); i++) {
        if (endSeq.get(i) == -2) {
          close(i, -1, EndReason.END_OF_LOG);
        }
      }
      return new Lifetimes(
          allocSeq.toArray(), endSeq.toArray(), endReason.toByteArray(), overlapped, occurrence.toArray(), unmatched.toArray());
    }

    private void open(int seq) {
      int lifetime = allocSeq.size();
      allocSeq.add(seq);
      endSeq.add(-2);
      endReason.add(0);
      occurrence.add(++occurrencesByAddress.computeIfAbsent(PairingKey.address(events, seq), k -> new int[1])[0]);
      IntList stack = openByKey.computeIfAbsent(PairingKey.of(events, seq), k -> new IntList());
      int top = openTop(stack);
      if (top >= 0) {
        overlapped.set(top);
        overlapped.set(lifetime);
      }
      stack.add(lifetime);
      int keyOwner = top >= 0 ? owner.get(top) : events.pid().isNull(seq) ? NO_OWNER : events.pid().get(seq);
      owner.add(keyOwner);
      if (keyOwner != NO_OWNER) {
        openByPid.computeIfAbsent(keyOwner, k -> new IntList()).add(lifetime);
      }
    }

    private void free(int seq) {
      IntList stack = openByKey.get(PairingKey.of(events, seq));
      int top = stack == null ? -1 : openTop(stack);
      if (top < 0) {
        unmatched.add(seq);
        return;
      }
      stack.removeLast();
      close(top, seq, EndReason.FREED);
    }

    private void processExit(int seq) {
      if (events.pid().isNull(seq)) {
        return;
      }
      IntList held = openByPid.remove(events.pid().get(seq));
      if (held == null) {
        return;
      }
      for (int i = 0; i < held.size(); i++) {
        int lifetime = held.get(i);
        if (endSeq.get(lifetime) == -2) {
          close(lifetime, seq, EndReason.PROCESS_EXIT);
        }
      }
    }

    /** Drops lifetimes closed by a process exit from the top of {@code stack}; returns the open top or -1. */
    private int openTop(IntList stack) {
      while (stack.size() > 0 && endSeq.get(stack.last()) != -2) {
        stack.removeLast();
      }
      return stack.size() == 0 ? -1 : stack.last();
    }

    private void close(int lifetime, int seq, EndReason reason) {
      endSeq.set(lifetime, seq);
      endReason.set(lifetime, reason.ordinal());
    }
  }
}
