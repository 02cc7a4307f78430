package io.ttsql.engine.calcite;

import java.util.concurrent.CancellationException;

/**
 * Thrown from a result's rows when its statement was canceled ({@code Statement.cancel()}, Ctrl-C
 * in the shell) or ran past its {@code Statement.setQueryTimeout}: the statement stops at once
 * rather than hand on a result computed from part of its rows.
 */
public final class StatementCanceledException extends CancellationException {
  private static final long serialVersionUID = 1L;

  private StatementCanceledException(String message) {
    super(message);
  }

  /** A statement canceled by request; the message is the JDBC driver's own for a cancel seen between rows. */
  static StatementCanceledException canceled() {
    return new StatementCanceledException("Statement canceled");
  }

  /** A statement stopped by its query timeout of {@code millis}. */
  static StatementCanceledException timedOut(long millis) {
    return new StatementCanceledException(
        "Statement timed out: it ran longer than its query timeout of " + millis / 1000 + " s");
  }
}
