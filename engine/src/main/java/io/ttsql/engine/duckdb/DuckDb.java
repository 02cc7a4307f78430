package io.ttsql.engine.duckdb;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * Opens DuckDB databases and spells DuckDB SQL names and literals. The first connection in a JVM
 * unpacks DuckDB's native library, so only export and the DuckDB store come here.
 */
public final class DuckDb {
  private static final String URL_PREFIX = "jdbc:duckdb:";

  private DuckDb() {}

  /** Opens (creating it if absent) the database file {@code file}. */
  public static DuckDBConnection open(Path file) throws SQLException {
    return connect(URL_PREFIX + file.toAbsolutePath());
  }

  /** Opens a new, empty in-memory database; other connections to it come from {@link DuckDBConnection#duplicate()}. */
  public static DuckDBConnection inMemory() throws SQLException {
    return connect(URL_PREFIX);
  }

  private static DuckDBConnection connect(String url) throws SQLException {
    return DriverManager.getConnection(url).unwrap(DuckDBConnection.class);
  }

  /** Runs one statement that returns no rows. */
  public static void execute(DuckDBConnection duck, String sql) throws SQLException {
    try (Statement statement = duck.createStatement()) {
      statement.execute(sql);
    }
  }

  /** A quoted identifier: {@code "name"}, inner quotes doubled. */
  public static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** A string literal: {@code 'text'}, inner quotes doubled. */
  public static String literal(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  /** {@code "schema"."table"}. */
  public static String qualified(String schema, String table) {
    return identifier(schema) + '.' + identifier(table);
  }
}
