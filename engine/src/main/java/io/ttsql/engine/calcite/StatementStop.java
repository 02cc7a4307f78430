package io.ttsql.engine.calcite;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Whether the statement that is running has to stop: its cancel flag is read at every row it
 * checks, the clock against its query timeout at every {@value #ROWS_PER_CLOCK_READ}th, as it
 * costs more. The timeout counts from the moment the statement began to run.
 */
public final class StatementStop {
  private static final int ROWS_PER_CLOCK_READ = 1024;

  private final AtomicBoolean canceled;
  private final long timeoutMillis;
  private final long deadlineMillis;
  private int untilClockRead;

  private StatementStop(AtomicBoolean canceled, long timeoutMillis, long deadlineMillis) {
    this.canceled = canceled;
    this.timeoutMillis = timeoutMillis;
    this.deadlineMillis = deadlineMillis;
  }

  /** The stop of the statement that {@code root} runs: its cancel flag and, if it has one, its query timeout. */
  static StatementStop of(DataContext root) {
    Long timeout = DataContext.Variable.TIMEOUT.get(root);
    Long started = DataContext.Variable.UTC_TIMESTAMP.get(root);
    boolean timed = timeout != null && timeout > 0 && started != null;
    return new StatementStop(DataContext.Variable.CANCEL_FLAG.get(root), timed ? timeout : 0,
        timed ? started + timeout : Long.MAX_VALUE);
  }

  /**
   * {@code rows} checked for a stop of the statement that {@code root} runs before they are opened
   * (where opening them starts a query in another database) and before each row is handed on
   * (called by the code that Calcite generates for a {@link CancelPoint}).
   */
  public static <T> Enumerable<T> checked(Enumerable<T> rows, DataContext root) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<T> enumerator() {
        StatementStop stop = of(root);
        stop.check();
        return new CheckedEnumerator<>(rows.enumerator(), stop);
      }
    };
  }

  /**
   * Throws {@link StatementCanceledException} when the statement was canceled or is past its
   * timeout; called for each row checked (a scan's every row, an aggregation's every 64th).
   */
  void check() {
    if (canceled != null && canceled.get()) {
      throw StatementCanceledException.canceled();
    }
    if (--untilClockRead < 0) {
      untilClockRead = ROWS_PER_CLOCK_READ;
      if (deadlineMillis != Long.MAX_VALUE && System.currentTimeMillis() > deadlineMillis) {
        throw StatementCanceledException.timedOut(timeoutMillis);
      }
    }
  }

  /** An enumerator that checks its statement's stop before it moves to the next row. */
  private static final class CheckedEnumerator<T> implements Enumerator<T> {
    private final Enumerator<T> rows;
    private final StatementStop stop;

    CheckedEnumerator(Enumerator<T> rows, StatementStop stop) {
      this.rows = rows;
      this.stop = stop;
    }

    @Override
    public T current() {
      return rows.current();
    }

    @Override
    public boolean moveNext() {
      stop.check();
      return rows.moveNext();
    }

    @Override
    public void reset() {
      rows.reset();
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
