package io.ttsql.engine.analysis;

import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.IntList;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.Trace;
import io.ttsql.engine.suppression.Suppressions;
import java.util.List;

/**
 * A loaded trace together with what is derived from it (lifetimes, the per-address summary, the
 * bytes held over time and their peaks, the replayed statistics, callsites, the suppression
 * matching each stack, the seqs of the deallocation events), each computed on first use and then
 * kept: a query that does not need pairing never pays for it.
 */
public final class AnalyzedTrace {
  private final Trace trace;
  private final Lazy<Lifetimes> lifetimes;
  private final Lazy<AddressSummary> addresses;
  private final Lazy<List<LiveSeries>> liveBytes;
  private final Lazy<UsagePeaks> peaks;
  private final Lazy<StatsReplay> statsReplay;
  private final Lazy<String[]> callsiteByStack;
  private final Lazy<String[]> suppressionByStack;
  private final Lazy<int[]> deallocationSeqs;

  /**
   * @param suppressions the known leaks whose stacks {@link #suppression} reports
   */
  public AnalyzedTrace(Trace trace, List<String> callsiteSkipPrefixes, Suppressions suppressions) {
    this.trace = trace;
    CallsiteResolver callsites = new CallsiteResolver(callsiteSkipPrefixes);
    this.lifetimes = new Lazy<>(() -> LifetimePairer.pair(trace.events()));
    this.addresses = new Lazy<>(() -> AddressSummary.of(trace.events(), this::lifetimes));
    this.liveBytes = new Lazy<>(() -> LiveBytes.of(this));
    this.peaks = new Lazy<>(() -> UsagePeaks.of(this, liveBytes()));
    this.statsReplay = new Lazy<>(() -> StatsReplay.of(this));
    this.callsiteByStack = new Lazy<>(() -> callsites.resolveAll(trace.stacks()));
    this.suppressionByStack = new Lazy<>(() -> suppressions.matchAll(trace.stacks()));
    this.deallocationSeqs = new Lazy<>(() -> deallocations(trace.events()));
  }

  public Trace trace() {
    return trace;
  }

  public EventColumns events() {
    return trace.events();
  }

  /** The pairing of allocations with what ended them. */
  public Lifetimes lifetimes() {
    return lifetimes.get();
  }

  /** The per-address summary of allocations, frees and leaks. */
  public AddressSummary addresses() {
    return addresses.get();
  }

  /** The bytes held per (device, buffer type) over the trace. */
  public List<LiveSeries> liveBytes() {
    return liveBytes.get();
  }

  /** The peak of each (device, buffer type). */
  public UsagePeaks peaks() {
    return peaks.get();
  }

  /** The server's statistics rows replayed from the server logs' lifetimes. */
  public StatsReplay statsReplay() {
    return statsReplay.get();
  }

  /** The callsite of a stack, or null for no stack or a stack made only of plumbing. */
  public String callsite(int stackId) {
    return stackId < 0 ? null : callsiteByStack.get()[stackId];
  }

  /** The pattern of the first suppression matching a frame of the stack, or null for none or no stack. */
  public String suppression(int stackId) {
    return stackId < 0 ? null : suppressionByStack.get()[stackId];
  }

  /** The seqs of the {@code free} and {@code unknown_free} events, in log order. */
  public int[] deallocationSeqs() {
    return deallocationSeqs.get();
  }

  private static int[] deallocations(EventColumns events) {
    IntList seqs = new IntList();
    for (int seq = 0; seq < events.count(); seq++) {
      EventKind kind = events.kind(seq);
      if (kind == EventKind.FREE || kind == EventKind.UNKNOWN_FREE) {
        seqs.add(seq);
      }
    }
    return seqs.toArray();
  }
}
