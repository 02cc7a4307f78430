package io.ttsql.shell.cli;

import io.ttsql.engine.Counted;
import io.ttsql.udf.SizeFunctions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The leaks and leaked bytes of two runs, summed over the rows of a diff query (so suppressions
 * and the definition of a leak are the query's own).
 *
 * @param leaksBefore leaks of the run before
 * @param bytesBefore their bytes
 * @param leaksAfter leaks of the run after
 * @param bytesAfter their bytes
 */
record LeakTotals(long leaksBefore, long bytesBefore, long leaksAfter, long bytesAfter) {
  /** Sums the {@code leaks_before}, {@code leaked_bytes_before}… columns of the result of {@code diffSql}. */
  static LeakTotals of(Connection connection, String diffSql) throws SQLException {
    String sql = "select coalesce(sum(leaks_before), 0), coalesce(sum(leaked_bytes_before), 0),"
        + " coalesce(sum(leaks_after), 0), coalesce(sum(leaked_bytes_after), 0) from (" + diffSql + ") as d";
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return new LeakTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }
  }

  /** Whether more bytes leaked after than before. */
  boolean grew() {
    return bytesAfter > bytesBefore;
  }

  /** One line: {@code leaked: before 7.3 MB in 5 leaks, after 5.5 MB in 4 leaks (-1.8 MB)}. */
  String describe() {
    long change = bytesAfter - bytesBefore;
    return String.format(Locale.ROOT, "leaked: before %s in %s, after %s in %s (%s%s)",
        SizeFunctions.humanBytes(bytesBefore), Counted.of(leaksBefore, "leak"),
        SizeFunctions.humanBytes(bytesAfter), Counted.of(leaksAfter, "leak"),
        change > 0 ? "+" : "", SizeFunctions.humanBytes(change));
  }
}
