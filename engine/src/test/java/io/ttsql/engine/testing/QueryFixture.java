package io.ttsql.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Test fixture: writes small logs to a folder, opens them through {@code jdbc:ttsql:} and returns
 * query results as compact strings ({@code "a=1; b=x"}, one per row). Shared with other modules
 * through the engine's test-jar.
 */
public final class QueryFixture implements AutoCloseable {
  private final Connection connection;

  private QueryFixture(Connection connection) {
    this.connection = connection;
  }

  /** Opens {@code jdbc:ttsql:} + {@code spec}. */
  public static QueryFixture open(String spec) {
    return open(spec, new Properties());
  }

  /** Opens {@code jdbc:ttsql:} + {@code spec} with connection properties {@code info}. */
  public static QueryFixture open(String spec, Properties info) {
    try {
      return new QueryFixture(DriverManager.getConnection("jdbc:ttsql:" + spec, info));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open jdbc:ttsql:" + spec + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code lines} (each ended by a newline) to {@code dir/name} and returns the path. */
  public static Path writeLog(Path dir, String name, String... lines) {
    return writeText(dir, name, String.join("\n", lines) + "\n");
  }

  /** Writes {@code text} exactly as given (say, without a final newline) to {@code dir/name}. */
  public static Path writeText(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a log and opens it alone. */
  public static QueryFixture ofLog(Path dir, String name, String... lines) {
    return open(writeLog(dir, name, lines).toString());
  }

  public Connection connection() {
    return connection;
  }

  /** Runs {@code sql}; each row becomes {@code "col=value; col=value"}. */
  public List<String> rows(String sql) {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          if (i > 1) {
            row.append("; ");
          }
          row.append(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT)).append('=').append(rs.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code sql}; each row becomes its values with their Java classes, as {@code getObject} returns them. */
  public List<String> typedRows(String sql) {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Object value = rs.getObject(i);
          row.append(value == null ? "null" : value.getClass().getSimpleName() + ":" + value).append("; ");
        }
        rows.add(row.toString());
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The single value of a one-row, one-column query, as a string. */
  public String scalar(String sql) {
    List<String> rows = rows(sql);
    if (rows.size() != 1) {
      throw new IllegalStateException(sql + " returned " + rows.size() + " rows: " + rows);
    }
    return rows.get(0).substring(rows.get(0).indexOf('=') + 1);
  }

  /**
   * Checks that every loaded file accounts for each of its lines exactly once: {@code sources.lines
   * = event_lines + other_lines + parse_errors}.
   *
   * @throws AssertionError naming the files that do not
   */
  public void checkLineAccounting() {
    List<String> bad =
        rows("select file, lines, event_lines, other_lines, parse_errors from sources"
            + " where lines <> event_lines + other_lines + parse_errors");
    if (!bad.isEmpty()) {
      throw new AssertionError("lines not accounted for: " + bad);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
