package io.ttsql.engine.duckdb;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * Opens DuckDB databases and spells DuckDB SQL names and literals. The first connection in a JVM
 * unpacks DuckDB's native library, so only export and the DuckDB store come here.
 */
public final class DuckDb {
  private static final String URL_PREFIX = "jdbc:duckdb:";
  /** The class of DuckDB's driver whose initialisation unpacks and loads its native library. */
  private static final String NATIVE_CLASS = "org.duckdb.DuckDBNative";
  /**
   * The storage format {@link #open} writes a new file in: the oldest that holds what an export
   * writes, so that DuckDB 1.x reads it too (Python's package, older command-line tools), where
   * DuckDB 2.0's own format is unreadable to them.
   */
  private static final String STORAGE_VERSION = "v1.0.0";
  /** The name under which {@link #open} attaches a database file. */
  private static final String FILE_CATALOG = "ttsql_file";
  /**
   * Names of DuckDB's own catalogs and schemas, and of the catalog {@link #open} attaches: a schema
   * of logs called so is ambiguous to DuckDB's binder.
   */
  private static final Set<String> RESERVED_SCHEMAS =
      Set.of("information_schema", "pg_catalog", "system", "temp", "memory", FILE_CATALOG);

  private DuckDb() {}

  /**
   * Opens (creating it if absent) the database file {@code file} as the connection's current
   * database. The file is attached rather than named in the URL, which DuckDB splits at {@code ;}.
   */
  public static DuckDBConnection open(Path file) throws SQLException {
    DuckDBConnection duck = inMemory();
    try {
      execute(duck, "ATTACH " + literal(file.toAbsolutePath().toString()) + " AS " + identifier(FILE_CATALOG)
          + " (STORAGE_VERSION " + literal(STORAGE_VERSION) + ")");
      execute(duck, "USE " + identifier(FILE_CATALOG));
      return duck;
    } catch (SQLException e) {
      duck.close();
      throw e;
    }
  }

  /** Writes what {@link #open} changed into its file, so that nothing is left in the write-ahead log. */
  public static void checkpoint(DuckDBConnection duck) throws SQLException {
    execute(duck, "CHECKPOINT " + identifier(FILE_CATALOG));
  }

  /**
   * Starts unpacking and loading DuckDB's native library on a thread of its own (about 0.5 s: it
   * is inflated from the jar), so that a command that needs DuckDB once its logs are loaded finds
   * it ready. A failure is left to the first connection to report.
   */
  public static void loadLibraryInBackground() {
    Thread loader = new Thread(DuckDb::loadLibrary, "ttsql-duckdb-library");
    loader.setDaemon(true);
    loader.start();
  }

  private static void loadLibrary() {
    try {
      Class.forName(NATIVE_CLASS);
    } catch (ClassNotFoundException | LinkageError e) {
      // Reported by the first connection, which initialises the same class.
    }
  }

  /** Opens a new, empty in-memory database; other connections to it come from {@link DuckDBConnection#duplicate()}. */
  public static DuckDBConnection inMemory() throws SQLException {
    return DriverManager.getConnection(URL_PREFIX).unwrap(DuckDBConnection.class);
  }

  /** Another connection to the database of {@code duck}, using the same catalog (the file's, for {@link #open}). */
  public static DuckDBConnection duplicate(DuckDBConnection duck) throws SQLException {
    String catalog;
    try (Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_database()")) {
      rows.next();
      catalog = rows.getString(1);
    }
    DuckDBConnection copy = (DuckDBConnection) duck.duplicate();
    try {
      execute(copy, "USE " + identifier(catalog));
      return copy;
    } catch (SQLException e) {
      copy.close();
      throw e;
    }
  }

  /** Runs one statement that returns no rows. */
  public static void execute(DuckDBConnection duck, String sql) throws SQLException {
    try (Statement statement = duck.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * Fails, in a sentence naming it, when {@code schema} is a name DuckDB keeps for itself (in any case).
   *
   * @throws IllegalArgumentException for {@code information_schema}, {@code pg_catalog}, {@code system},
   *     {@code temp}, {@code memory} or {@code ttsql_file}
   */
  public static void checkSchemaName(String schema) {
    if (RESERVED_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("schema name " + schema + " is reserved in a DuckDB database; choose another NAME=");
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
