package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.fail;

import io.ttsql.engine.testing.QueryFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Golden files: a result rendered as aligned text ({@code NULL} for null, {@code ↵} for a line
 * break) is written under {@code target/golden/} (or another folder of {@code target}, so that two
 * stores' answers to one query stay apart) and compared with the expected file checked in under
 * {@code src/test/resources/golden/}; a difference fails with a line diff.
 */
final class GoldenFiles {
  private static final Path EXPECTED = Path.of("src", "test", "resources", "golden");
  private static final String ACTUAL_FOLDER = "golden";

  private GoldenFiles() {}

  /** The result as text: a header of column labels, then one line per row, columns padded to align. */
  static String render(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[md.getColumnCount()];
    for (int i = 0; i < header.length; i++) {
      header[i] = md.getColumnLabel(i + 1);
    }
    lines.add(header);
    while (rs.next()) {
      String[] row = new String[header.length];
      for (int i = 0; i < row.length; i++) {
        String value = rs.getString(i + 1);
        row[i] = value == null ? "NULL" : visible(value);
      }
      lines.add(row);
    }
    int[] widths = new int[header.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], width(line[i]));
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        out.append(i == 0 ? "" : " | ").append(line[i]).append(" ".repeat(widths[i] - width(line[i])));
      }
      text.append(out.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  /** A value as golden files show it: newlines as ↵, and trailing blanks (CHAR padding) as ␠, so that they cannot hide. */
  private static String visible(String value) {
    String kept = value.stripTrailing();
    return (kept + "␠".repeat(value.length() - kept.length())).replace("\n", "↵");
  }

  /**
   * Runs the saved query {@code query} with {@code values} on {@code logs} and checks its result
   * against {@code golden/DIR/QUERY.out}.
   */
  static void checkQuery(QueryFixture logs, String dir, String query, Map<String, String> values) throws SQLException {
    checkQuery(logs, dir, query, values, ACTUAL_FOLDER);
  }

  /** As {@link #checkQuery(QueryFixture, String, String, Map)}, writing the result under {@code target/ACTUAL_FOLDER/}. */
  static void checkQuery(QueryFixture logs, String dir, String query, Map<String, String> values, String actualFolder)
      throws SQLException {
    String sql = QueryLibrary.standard().get(query).bind(values);
    try (Statement statement = logs.connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      check(actualFolder, dir + "/" + query + ".out", render(rs));
    }
  }

  /** Writes {@code actual} to {@code target/ACTUAL_FOLDER/NAME} and fails with a diff unless the expected file holds the same. */
  private static void check(String actualFolder, String name, String actual) {
    try {
      Path actualFile = Path.of("target", actualFolder).resolve(name);
      Files.createDirectories(actualFile.getParent());
      Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
      Path expectedFile = EXPECTED.resolve(name);
      String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
      if (!expected.equals(actual)) {
        fail(expectedFile + " differs from " + actualFile + " (- expected, + actual):\n"
            + diff(expected.lines().toList(), actual.lines().toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line diff from the longest common subsequence: unchanged lines start with a space. */
  static String diff(List<String> expected, List<String> actual) {
    int[][] common = new int[expected.size() + 1][actual.size() + 1];
    for (int i = expected.size() - 1; i >= 0; i--) {
      for (int j = actual.size() - 1; j >= 0; j--) {
        common[i][j] = expected.get(i).equals(actual.get(j))
            ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < expected.size() || j < actual.size()) {
      if (i < expected.size() && j < actual.size() && expected.get(i).equals(actual.get(j))) {
        out.append("  ").append(expected.get(i++)).append('\n');
        j++;
      } else if (i < expected.size() && (j == actual.size() || common[i + 1][j] >= common[i][j + 1])) {
        out.append("- ").append(expected.get(i++)).append('\n');
      } else {
        out.append("+ ").append(actual.get(j++)).append('\n');
      }
    }
    return out.toString();
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
