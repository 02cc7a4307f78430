package io.ttsql.engine.analysis;

import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.IntList;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.Trace;
import io.ttsql.engine.suppression.Suppressions;
import java.util.List;

/**
 * A loaded trace together with what is derived from it (lifetimes, callsites, the suppression
 * matching each stack, the index of deallocation events), each computed on first use and then
 * kept: a query that does not need pairing never pays for it.
 */
public final class AnalyzedTrace {
  private final Trace trace;
  private final CallsiteResolver callsites;
  private final Suppressions suppressions;
  private Lifetimes lifetimes;
  private String[] callsiteByStack;
  private String[] suppressionByStack;
  private int[] deallocationSeqs;

  /**
   * @param suppressions the known leaks whose stacks {@link #suppression} reports
   */
  public AnalyzedTrace(Trace trace, List<String> callsiteSkipPrefixes, Suppressions suppressions) {
    this.trace = trace;
    this.callsites = new CallsiteResolver(callsiteSkipPrefixes);
    this.suppressions = suppressions;
  }

  public Trace trace() {
    return trace;
  }

  public EventColumns events() {
    return trace.events();
  }

  /** The pairing of allocations with what ended them. */
  public synchronized Lifetimes lifetimes() {
    if (lifetimes == null) {
      lifetimes = LifetimePairer.pair(trace.events());
    }
    return lifetimes;
  }

  /** The callsite of a stack, or null for no stack or a stack made only of plumbing. */
  public String callsite(int stackId) {
    if (stackId < 0) {
      return null;
    }
    return callsitesByStack()[stackId];
  }

  private synchronized String[] callsitesByStack() {
    if (callsiteByStack == null) {
      callsiteByStack = callsites.resolveAll(trace.stacks());
    }
    return callsiteByStack;
  }

  /** The pattern of the first suppression matching a frame of the stack, or null for none or no stack. */
  public String suppression(int stackId) {
    if (stackId < 0) {
      return null;
    }
    return suppressionsByStack()[stackId];
  }

  private synchronized String[] suppressionsByStack() {
    if (suppressionByStack == null) {
      suppressionByStack = suppressions.matchAll(trace.stacks());
    }
    return suppressionByStack;
  }

  /** The seqs of the {@code free} and {@code unknown_free} events, in log order. */
  public synchronized int[] deallocationSeqs() {
    if (deallocationSeqs == null) {
      EventColumns events = trace.events();
      IntList seqs = new IntList();
      for (int seq = 0; seq < events.count(); seq++) {
        EventKind kind = events.kind(seq);
        if (kind == EventKind.FREE || kind == EventKind.UNKNOWN_FREE) {
          seqs.add(seq);
        }
      }
      deallocationSeqs = seqs.toArray();
    }
    return deallocationSeqs;
  }
}
