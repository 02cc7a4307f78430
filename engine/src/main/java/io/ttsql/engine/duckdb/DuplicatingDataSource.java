package io.ttsql.engine.duckdb;

import io.ttsql.engine.calcite.RunningStatement;
import io.ttsql.engine.calcite.StatementSet;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * Connections to one in-memory DuckDB database: each is a {@link DuckDBConnection#duplicate()} of
 * the first, since every new {@code jdbc:duckdb:} connection would open a new, empty database. Each
 * divides integers as SQL and Calcite do: DuckDB's own {@code /} of two integers is a DOUBLE,
 * which Calcite read back as the BIGINT it expects, so that {@code size / 0} gave 2^63-1 and
 * quotients beyond 2^53 were rounded. The statements made on them can be canceled, those made
 * for one ttsql statement's run alone ({@link RunningStatement}), as Calcite's JDBC adapter does
 * not pass a cancel on to them. Closing it closes the database: the
 * connections handed out that are still open too (those of result sets never closed), each of
 * which would keep the database, its memory and its threads, alive. Their prepared statements
 * take Calcite's parameter values as the memory store reads them ({@link CalciteParameters}).
 */
final class DuplicatingDataSource implements DataSource, AutoCloseable {
  private final DuckDBConnection origin;
  /** The statements made on the connections handed out, for {@link #cancelStatements}. */
  private final StatementSet statements = new StatementSet();
  /** The connections handed out and not closed yet, for {@link #close}. */
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();

  DuplicatingDataSource(DuckDBConnection origin) {
    this.origin = origin;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = origin.duplicate();
    open.add(connection);
    try (Statement settings = connection.createStatement()) {
      settings.execute("SET integer_division = true");
    }
    return (Connection) Proxy.newProxyInstance(DuplicatingDataSource.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            open.remove(connection);
          }
          try {
            Object result = method.invoke(connection, args);
            if (result instanceof Statement statement) {
              statements.add(statement, RunningStatement.current());
              // A cancel (or the connection's close) that came after the plan's last check found
              // nothing of DuckDB's running, and the query would have run to its end.
              if (RunningStatement.currentCanceled()) {
                statement.close();
                throw new SQLException("Statement canceled");
              }
            }
            if (result instanceof PreparedStatement prepared && args != null && args[0] instanceof String sql) {
              return CalciteParameters.of(prepared, sql);
            }
            return result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * Cancels the statements made on these connections for a run of {@code runsFor} (every one if
   * it is null) that are still open, and those made outside a run; one that is done ignores it.
   */
  void cancelStatements(Statement runsFor) {
    statements.cancelFor(runsFor);
  }

  /** Closes every connection handed out that is still open, then the first one, and so the database. */
  @Override
  public void close() throws SQLException {
    try {
      for (Connection connection : open) {
        connection.close();
        open.remove(connection);
      }
    } finally {
      origin.close();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DuckDB does not log through a DataSource
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // an in-memory database has no login
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
