package io.ttsql.engine.calcite;

import io.ttsql.engine.TraceStore;
import java.sql.Statement;

/**
 * The statements of one connection that are not closed yet, so that closing the connection can
 * cancel what they run: Calcite's connection closes without stopping a running statement, which
 * then ran on for hours. Statements dropped without closing are forgotten with them. A cancel
 * also reaches what the store's own database runs for them ({@link TraceStore#cancelRunning}).
 */
final class OpenStatements {
  private final StatementSet open = new StatementSet();
  private final TraceStore store;
  private volatile boolean closing;

  /** @param store the connection's store, whose database a cancel reaches */
  OpenStatements(TraceStore store) {
    this.store = store;
  }

  void add(Statement statement) {
    open.add(statement);
  }

  void remove(Statement statement) {
    open.remove(statement);
  }

  /** Whether the connection is closing: no statement may start to run. */
  boolean closing() {
    return closing;
  }

  /** Passes a cancel of {@code statement} on to what the store's database runs for it alone. */
  void canceled(Statement statement) {
    store.cancelRunning(statement);
  }

  /**
   * Cancels every open statement as the connection closes; a statement that starts to run after
   * this sees {@link #closing} (a run clears its statement's cancel first, so the order matters).
   */
  void cancelAll() {
    closing = true;
    open.cancelAll();
    store.cancelRunning(null);
  }
}
