package io.ttsql.engine;

/**
 * Told, while logs load, how far loading has got (for a progress bar); it may stop the load by
 * throwing a {@link java.util.concurrent.CancellationException} (Ctrl-C), and the connection then
 * fails as {@link Ttsql#connect} says.
 */
@FunctionalInterface
public interface LoadProgress {
  /**
   * @param file the file being read, as named by the user
   * @param bytesRead bytes of it read so far
   * @param bytesTotal its size, or -1 if unknown
   * @param events events parsed so far over the whole trace
   */
  void update(String file, long bytesRead, long bytesTotal, long events);

  /**
   * How far the DuckDB store has got copying a loaded trace's tables into DuckDB, as {@link
   * io.ttsql.engine.duckdb.CopyProgress} is told it (from DuckDB's threads); nothing by default.
   */
  default void copiedToDuckDb(long rowsCopied, long rowsTotal) {
  }
}
