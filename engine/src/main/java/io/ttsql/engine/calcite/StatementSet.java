package io.ttsql.engine.calcite;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Statements that may be running, to cancel together: a statement dropped without being closed
 * is forgotten with it, and one that has nothing running any more ignores the cancel.
 */
public final class StatementSet {
  private final Set<Statement> statements = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  public void add(Statement statement) {
    statements.add(statement);
  }

  public void remove(Statement statement) {
    statements.remove(statement);
  }

  /** Cancels each statement; one that cannot be canceled (closed meanwhile) has nothing to stop. */
  public void cancelAll() {
    List<Statement> each;
    synchronized (statements) {
      each = new ArrayList<>(statements);
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
