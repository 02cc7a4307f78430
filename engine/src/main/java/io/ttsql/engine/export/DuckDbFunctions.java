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

  /** Creates the macros in {@code schema}, which must already hold the tables they read ({@code frames}). */
  static void create(DuckDBConnection duck, String schema) throws SQLException {
    DuckDb.execute(duck, sql().replace(SCHEMA, DuckDb.identifier(schema)));
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
