package io.ttsql.engine.calcite;

import java.lang.reflect.Field;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.AvaticaStatement;

/**
 * What a ttsql statement adds to each run of Calcite's: it starts clear of a cancel that came
 * when nothing ran (Calcite's statement kept the flag set, so that a late cancel failed the next
 * query), and it fails with an {@link SQLException} whatever went wrong, as JDBC clients expect
 * (a constant division by zero failed as an {@link ExceptionInInitializerError}, from the class
 * Calcite generated for the plan), with the reason in its message.
 */
final class StatementRuns {
  /** The start of DuckDB's message for a statement it stopped, by a cancel or a query timeout. */
  private static final String DUCKDB_INTERRUPT = "INTERRUPT Error";
  /** Avatica's per-statement cancel flag, which it never clears; null if this Avatica has none. */
  private static final Field CANCEL_FLAG = cancelFlag();

  private StatementRuns() {}

  private static Field cancelFlag() {
    try {
      Field field = AvaticaStatement.class.getDeclaredField("cancelFlag");
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code method} of a statement runs SQL ({@code execute}, {@code executeQuery}…). */
  static boolean runs(String method) {
    return method.startsWith("execute");
  }

  /** Clears a cancel left from before this run of {@code statement}. */
  static void clearStaleCancel(Statement statement) throws IllegalAccessException {
    AtomicBoolean flag = cancelFlag(statement);
    if (flag != null) {
      flag.set(false);
    }
  }

  /** Whether {@code statement} was canceled during its run (or its connection closed meanwhile). */
  static boolean canceled(Statement statement) {
    try {
      AtomicBoolean flag = cancelFlag(statement);
      return flag != null && flag.get();
    } catch (IllegalAccessException e) {
      return false; // an Avatica without the flag: only the cancel itself can stop the run
    }
  }

  /** Avatica's cancel flag of {@code statement}, or null if it has none. */
  private static AtomicBoolean cancelFlag(Statement statement) throws IllegalAccessException {
    return CANCEL_FLAG != null && statement instanceof AvaticaStatement ? (AtomicBoolean) CANCEL_FLAG.get(statement) : null;
  }

  /**
   * {@code failure} of a run of {@code statement} as {@link #asSqlException(Throwable)} reports
   * it, or as a cancel when the statement was canceled, also when DuckDB, which the cancel
   * interrupted, says otherwise; and as a timeout when DuckDB was interrupted under the
   * statement's query timeout.
   */
  static SQLException asSqlException(Statement statement, Throwable failure) throws IllegalAccessException, SQLException {
    if (stopOf(failure) == null) { // a stop ttsql's own code saw says so itself
      AtomicBoolean canceled = cancelFlag(statement);
      if (canceled != null && canceled.get()) {
        return StatementCanceledException.canceled().toSqlException(failure);
      }
      if (statement.getQueryTimeout() > 0 && interrupted(failure)) {
        return StatementCanceledException.timedOut(statement.getQueryTimeout() * 1000L).toSqlException(failure);
      }
    }
    return asSqlException(failure);
  }

  /** Whether DuckDB stopped what {@code failure} ran, as it does when its statement's query timeout passes. */
  private static boolean interrupted(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException && String.valueOf(cause.getMessage()).contains(DUCKDB_INTERRUPT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code failure} of a statement, while it ran or while its rows were read, as an {@link
   * SQLException} that says why in its message ({@link #withReason}): a stop by cancel or timeout
   * as {@link StatementCanceledException#toSqlException} reports it, a known failure as {@link
   * KnownFailures} does.
   */
  static SQLException asSqlException(Throwable failure) {
    StatementCanceledException stop = stopOf(failure);
    if (stop != null) {
      return stop.toSqlException(failure);
    }
    SQLException known = KnownFailures.of(rootCause(failure), failure);
    if (known != null) {
      return known;
    }
    if (failure instanceof SQLException sql) {
      return withReason(sql);
    }
    return new SQLException("Error while executing SQL: " + firstLine(rootCause(failure)), failure);
  }

  /** The stop by cancel or timeout among {@code failure} and its causes, or null. */
  private static StatementCanceledException stopOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatementCanceledException stopped) {
        return stopped;
      }
    }
    return null;
  }

  /**
   * {@code failure} with the first line of its deepest cause's message after its own, where
   * Calcite leaves it out (a statement that cannot be prepared, or that DuckDB failed).
   */
  private static SQLException withReason(SQLException failure) {
    Throwable root = rootCause(failure);
    if (root == failure || root.getMessage() == null || failure.getMessage().contains(root.getMessage())) {
      return failure;
    }
    return new SQLException(failure.getMessage() + ": " + firstLine(root), failure.getSQLState(), failure.getErrorCode(),
        failure);
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String firstLine(Throwable error) {
    return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().lines().findFirst().orElse("");
  }
}
