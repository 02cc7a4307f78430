package io.ttsql.shell.commands;

import io.ttsql.engine.duckdb.CopyProgress;

/**
 * Shows a copy into DuckDB while it runs (a progress bar on a terminal), and takes its display
 * away when closed.
 */
public interface CopyDisplay extends CopyProgress, AutoCloseable {
  /** Shows nothing: output that is not a terminal. */
  CopyDisplay NONE = new CopyDisplay() {
    @Override
    public void update(long copied, long total) {
    }

    @Override
    public void close() {
    }
  };

  @Override
  void close();
}
