package io.ttsql.engine.calcite;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Statements that may be running, to cancel together or by the statement they run for: a
 * statement dropped without being closed is forgotten with it, and one that has nothing running
 * any more ignores the cancel.
 */
public final class StatementSet {
  /** Each statement and the one it runs for, or null when that is not known. */
  private final Map<Statement, Statement> statements = Collections.synchronizedMap(new WeakHashMap<>());

  public void add(Statement statement) {
    add(statement, null);
  }

  /** Adds {@code statement}, made for a run of {@code runsFor} (null if not known). */
  public void add(Statement statement, Statement runsFor) {
    statements.put(statement, runsFor);
  }

  public void remove(Statement statement) {
    statements.remove(statement);
  }

  /** Cancels each statement; one that cannot be canceled (closed meanwhile) has nothing to stop. */
  public void cancelAll() {
    cancelFor(null);
  }

  /**
   * Cancels the statements made for a run of {@code runsFor} and those for which that is not
   * known; with {@code runsFor} null, every one.
   */
  public void cancelFor(Statement runsFor) {
    List<Statement> each = new ArrayList<>();
    synchronized (statements) {
      statements.forEach((statement, owner) -> {
        if (runsFor == null || owner == null || owner == runsFor) {
          each.add(statement);
        }
      });
    }
    for (Statement statement : each) {
      try {
        statement.cancel();
      } catch (SQLException e) {
        // closed meanwhile: nothing runs on it
      }
    }
  }
}
