package io.ttsql.engine.calcite;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.CancellationException;

/**
 * Thrown from a result's rows when its statement was canceled ({@code Statement.cancel()}, Ctrl-C
 * in the shell) or ran past its {@code Statement.setQueryTimeout}: the statement stops at once
 * rather than hand on a result computed from part of its rows.
 */
public final class StatementCanceledException extends CancellationException {
  /** SQLState of a statement stopped by a cancel or a timeout, as PostgreSQL has it ({@code query_canceled}). */
  public static final String QUERY_CANCELED = "57014";
  private static final long serialVersionUID = 1L;

  private final boolean timedOut;

  private StatementCanceledException(String message, boolean timedOut) {
    super(message);
    this.timedOut = timedOut;
  }

  /** A statement canceled by request; the message is the JDBC driver's own for a cancel seen between rows. */
  static StatementCanceledException canceled() {
    return new StatementCanceledException("Statement canceled", false);
  }

  /** A statement stopped by its query timeout of {@code millis}. */
  static StatementCanceledException timedOut(long millis) {
    return new StatementCanceledException(
        "Statement timed out: it ran longer than its query timeout of " + millis / 1000 + " s", true);
  }

  /** As JDBC reports it from a run: an {@link SQLTimeoutException} for a timeout, with SQLState {@value #QUERY_CANCELED}. */
  SQLException toSqlException(Throwable failure) {
    return timedOut ? new SQLTimeoutException(getMessage(), QUERY_CANCELED, failure)
        : new SQLException(getMessage(), QUERY_CANCELED, failure);
  }
}
