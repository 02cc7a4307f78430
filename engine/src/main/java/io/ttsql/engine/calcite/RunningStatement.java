package io.ttsql.engine.calcite;

import java.sql.Statement;

/**
 * The ttsql statement whose run the current thread is in, so that what the store's database runs
 * for it is canceled with it alone, not with the other statements of its connection.
 */
public final class RunningStatement {
  private static final ThreadLocal<Statement> CURRENT = new ThreadLocal<>();

  private RunningStatement() {}

  /** The statement this thread runs, or null when it runs none (it reads rows of a result, say). */
  public static Statement current() {
    return CURRENT.get();
  }

  /** Whether the statement this thread runs has been canceled since its run began (or its connection closed). */
  public static boolean currentCanceled() {
    Statement statement = CURRENT.get();
    return statement != null && StatementRuns.canceled(statement);
  }

  /** Marks {@code statement} as the one this thread runs; gives the one it ran before, to {@link #restore}. */
  static Statement enter(Statement statement) {
    Statement before = CURRENT.get();
    CURRENT.set(statement);
    return before;
  }

  /** Marks {@code before} (from {@link #enter}) as the one this thread runs again. */
  static void restore(Statement before) {
    if (before == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(before);
    }
  }
}
