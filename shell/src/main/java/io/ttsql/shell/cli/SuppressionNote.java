package io.ttsql.shell.cli;

import io.ttsql.engine.Counted;
import io.ttsql.udf.SizeFunctions;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * After loading with {@code --suppressions}, says for each schema how many leaks (lifetimes not
 * freed) the file suppressed, or that a log without call stacks (a server log) has none but
 * through the counterparts of its leaks in a debug log loaded with it.
 */
final class SuppressionNote {
  private SuppressionNote() {}

  /** Prints one line per schema, in the order given, to {@code out}; {@code file} names the suppressions file. */
  static void print(Connection connection, Collection<String> schemas, String file, PrintStream out)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // Schema names are letters, digits and _ (TraceSpec accepts no other), so quoting is safe.
      List<String> withStacks = new ArrayList<>();
      for (String schema : schemas) {
        if (count(statement, "select count(*) from \"" + schema + "\".frames") > 0) {
          withStacks.add(schema);
        }
      }
      for (String schema : schemas) {
        if (!withStacks.contains(schema)) {
          out.printf(Locale.ROOT, withStacks.isEmpty() ? "%s: no call stacks, so %s cannot suppress its leaks%n"
              : "%s: no call stacks, so %s suppresses its leaks only through their debug-log counterparts (leak-origins)%n",
              schema, file);
          continue;
        }
        try (ResultSet rs = statement.executeQuery("select count(*), coalesce(sum(size), 0) from \"" + schema
            + "\".lifetimes where suppressed and end_reason <> 'freed'")) {
          rs.next();
          out.printf(Locale.ROOT, "%s: %s (%s) suppressed by %s%n", schema, Counted.of(rs.getLong(1), "leak"),
              SizeFunctions.humanBytes(rs.getLong(2)), file);
        }
      }
    }
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
