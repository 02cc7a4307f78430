package io.ttsql.shell.cli;

import io.ttsql.engine.Counted;
import io.ttsql.udf.SizeFunctions;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Locale;

/**
 * After loading with {@code --suppressions}, says for each schema how many leaks (lifetimes not
 * freed) the file suppressed, or that a log without call stacks (a server log) cannot have any.
 */
final class SuppressionNote {
  private SuppressionNote() {}

  /** Prints one line per schema, in the order given, to {@code out}; {@code file} names the suppressions file. */
  static void print(Connection connection, Collection<String> schemas, String file, PrintStream out)
      throws SQLException {
    for (String schema : schemas) {
      try (Statement statement = connection.createStatement()) {
        // Schema names are letters, digits and _ (TraceSpec accepts no other), so quoting is safe.
        if (count(statement, "select count(*) from \"" + schema + "\".frames") == 0) {
          out.printf(Locale.ROOT, "%s: no call stacks, so %s cannot suppress its leaks%n", schema, file);
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
