package io.ttsql.samples;

/**
 * What to simulate: the seed, how many server-log events to write and the shape of the run. The
 * same configuration always yields the same bytes.
 *
 * @param seed seed of every random choice
 * @param events server-log events (allocations, frees, unknown frees, process exits) to write at
 *     least; a mesh buffer or a cleanup may overshoot by a few
 * @param processes client processes running at once, 1 to 8
 * @param statsEvery events between statistics blocks
 * @param exitEvery mean events between process deaths (each is followed by a cleanup block and a
 *     new process)
 * @param decimalIds share of id-carrying lines that print the id in decimal rather than hex, 0 to 1
 * @param fixLeaks the run "after the fix": before the logs end, every living process frees the
 *     buffers it leaked; up to those frees, the logs are those of the same configuration without it
 */
public record GeneratorConfig(long seed, long events, int processes, long statsEvery, long exitEvery, double decimalIds,
    boolean fixLeaks) {
  /** Default number of processes. */
  public static final int DEFAULT_PROCESSES = 4;
  /** Default events between statistics blocks. */
  public static final long DEFAULT_STATS_EVERY = 10_000;
  /** Default mean events between process deaths. */
  public static final long DEFAULT_EXIT_EVERY = 20_000;

  public GeneratorConfig {
    if (events < 0) {
      throw new IllegalArgumentException("--events must not be negative, not " + events);
    }
    if (processes < 1 || processes > 8) {
      throw new IllegalArgumentException("--processes must be between 1 and 8, not " + processes);
    }
    if (statsEvery < 1) {
      throw new IllegalArgumentException("--stats-every must be at least 1, not " + statsEvery);
    }
    if (exitEvery < 1) {
      throw new IllegalArgumentException("--exit-every must be at least 1, not " + exitEvery);
    }
    if (!(decimalIds >= 0 && decimalIds <= 1)) {
      throw new IllegalArgumentException("--decimal-ids must be between 0 and 1, not " + decimalIds);
    }
  }

  /** {@code events} events from {@code seed}, every other setting at its default and all ids in hex. */
  public static GeneratorConfig of(long seed, long events) {
    return new GeneratorConfig(seed, events, DEFAULT_PROCESSES, DEFAULT_STATS_EVERY, DEFAULT_EXIT_EVERY, 0, false);
  }

  public GeneratorConfig withProcesses(int n) {
    return new GeneratorConfig(seed, events, n, statsEvery, exitEvery, decimalIds, fixLeaks);
  }

  public GeneratorConfig withStatsEvery(long n) {
    return new GeneratorConfig(seed, events, processes, n, exitEvery, decimalIds, fixLeaks);
  }

  public GeneratorConfig withExitEvery(long n) {
    return new GeneratorConfig(seed, events, processes, statsEvery, n, decimalIds, fixLeaks);
  }

  public GeneratorConfig withDecimalIds(double share) {
    return new GeneratorConfig(seed, events, processes, statsEvery, exitEvery, share, fixLeaks);
  }

  /** The same run with its leaks fixed (see {@code fixLeaks}): the "after" of a before/after pair. */
  public GeneratorConfig withLeaksFixed() {
    return new GeneratorConfig(seed, events, processes, statsEvery, exitEvery, decimalIds, true);
  }
}
