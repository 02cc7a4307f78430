package io.ttsql.engine.export;

import io.ttsql.engine.duckdb.DuckDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/** The ttsql SQL functions as DuckDB macros of the same names and results, from the resource {@value #RESOURCE}. */
final class DuckDbFunctions {
  /** The macros, as DuckDB statements. */
  static final String RESOURCE = "duckdb-functions.sql";
  /** Stands for the quoted name of the schema in {@value #RESOURCE}. */
  static final String SCHEMA = "{schema}";

  private DuckDbFunctions() {}

  /** Where the macros that read the schema's tables start in {@value #RESOURCE}. */
  static final String TABLE_MACROS = "-- ttsql: the macros below read the schema's frames table";

  /** Creates the macros in {@code schema}, which must already hold the tables they read ({@code frames}). */
  static void create(DuckDBConnection duck, String schema) throws SQLException {
    DuckDb.execute(duck, sql().replace(SCHEMA, DuckDb.identifier(schema)));
  }

  /** Creates in {@code schema}, which holds no ttsql table, the macros that read none ({@code hex}, {@code human_bytes}…). */
  static void createWithoutTables(DuckDBConnection duck, String schema) throws SQLException {
    String sql = sql();
    int tableMacros = sql.indexOf(TABLE_MACROS);
    if (tableMacros < 0) {
      throw new IllegalStateException(RESOURCE + " lacks its line " + TABLE_MACROS);
    }
    DuckDb.execute(duck, sql.substring(0, tableMacros).replace(SCHEMA, DuckDb.identifier(schema)));
  }

  /** The statements of {@value #RESOURCE}, with {@value #SCHEMA} in them. */
  private static String sql() {
    try (InputStream in = DuckDbFunctions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the engine has no resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
