package io.ttsql.engine.duckdb;

/**
 * Told, while tables are copied into DuckDB, how many of their rows have been copied (for a
 * progress bar). It is called from DuckDB's threads, for each vector of rows, several tables at
 * once: an implementation must be thread-safe and cheap.
 */
@FunctionalInterface
public interface CopyProgress {
  /** Told nothing. */
  CopyProgress NONE = (copied, total) -> { };

  /**
   * @param copied rows copied so far, over every table of the copy
   * @param total rows of all those tables
   */
  void update(long copied, long total);
}
