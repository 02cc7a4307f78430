package io.ttsql.engine.testing;

import io.ttsql.engine.duckdb.CopyProgress;
import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.export.ExportTarget;
import io.ttsql.engine.export.TraceExport;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/**
 * Runs named SQL statements through ttsql and through DuckDB on an export of the same logs, and
 * tells for each whether the answers agree. Rows compare as sorted {@link CanonicalResult}s: only
 * ORDER BY fixes an order, and it may break ties differently in each engine. Shared with other
 * modules (the saved-query library) through the engine's test-jar.
 */
public final class DuckDbComparison implements AutoCloseable {
  /** A statement to compare, by name (say, a saved query's). */
  public record NamedSql(String name, String sql) {}

  /** How a statement fared: both engines agree, disagree, or one of them rejected it. */
  public enum Verdict { SAME, DIFFERENT, TTSQL_FAILED, DUCKDB_FAILED }

  /** The verdict on one statement, with what differed or the error. */
  public record Outcome(String name, Verdict verdict, String detail) {
    @Override
    public String toString() {
      return name + ": " + verdict + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  private static final int ROWS_SHOWN = 3;

  private final Connection ttsql;
  private final Connection duck;

  private DuckDbComparison(Connection ttsql, Connection duck) {
    this.ttsql = ttsql;
    this.duck = duck;
  }

  /**
   * Exports the tables of {@code ttsql} to {@code folder/compare.duckdb} and opens it, with the
   * same default schema as {@code ttsql}.
   */
  public static DuckDbComparison of(Connection ttsql, Path folder) throws IOException, SQLException {
    Path file = folder.resolve("compare.duckdb");
    TraceExport.export(ttsql, ExportTarget.of(file.toString(), true), CopyProgress.NONE);
    DuckDBConnection duck = DuckDb.open(file);
    DuckDb.execute(duck, "SET schema = " + DuckDb.literal(ttsql.getSchema()));
    return new DuckDbComparison(ttsql, duck);
  }

  /** Compares {@code ttsql} with {@code duckdb}, any other connection to the same tables (say, {@code store=duckdb}). */
  public static DuckDbComparison between(Connection ttsql, Connection duckdb) {
    return new DuckDbComparison(ttsql, duckdb);
  }

  /** Runs {@code statements} through both engines, in order. */
  public List<Outcome> compareAll(List<NamedSql> statements) {
    return statements.stream().map(this::compare).toList();
  }

  /** The outcomes that are not {@link Verdict#SAME}, one per line; empty when all agree. */
  public static String disagreements(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o.verdict() != Verdict.SAME).map(Outcome::toString).collect(Collectors.joining("\n"));
  }

  /** Runs one statement through both engines. */
  public Outcome compare(NamedSql statement) {
    CanonicalResult expected;
    try {
      expected = run(ttsql, statement.sql());
    } catch (SQLException e) {
      return new Outcome(statement.name(), Verdict.TTSQL_FAILED, e.getMessage());
    }
    CanonicalResult actual;
    try {
      actual = run(duck, statement.sql());
    } catch (SQLException e) {
      return new Outcome(statement.name(), Verdict.DUCKDB_FAILED, e.getMessage());
    }
    String difference = difference(expected, actual);
    return new Outcome(statement.name(), difference.isEmpty() ? Verdict.SAME : Verdict.DIFFERENT, difference);
  }

  private static CanonicalResult run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      return CanonicalResult.read(rs);
    }
  }

  private static String difference(CanonicalResult ttsqlResult, CanonicalResult duckResult) {
    if (!ttsqlResult.columns().equals(duckResult.columns())) {
      return "columns " + ttsqlResult.columns() + " in ttsql, " + duckResult.columns() + " in DuckDB";
    }
    if (ttsqlResult.rows().equals(duckResult.rows())) {
      return "";
    }
    return "only in ttsql: " + missingFrom(ttsqlResult.rows(), duckResult.rows())
        + "; only in DuckDB: " + missingFrom(duckResult.rows(), ttsqlResult.rows());
  }

  /** The first few rows of {@code rows} that {@code other} lacks, counting repeats. */
  private static List<String> missingFrom(List<String> rows, List<String> other) {
    List<String> remaining = new ArrayList<>(other);
    List<String> missing = new ArrayList<>();
    for (String row : rows) {
      if (!remaining.remove(row) && missing.size() < ROWS_SHOWN) {
        missing.add(row);
      }
    }
    return missing;
  }

  /** Closes the DuckDB side; the ttsql connection stays the caller's. */
  @Override
  public void close() throws SQLException {
    duck.close();
  }
}
